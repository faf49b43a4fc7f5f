package org.coachingconversations.domain.form;

import static org.coachingconversations.domain.form.ConversationFormData.anSpsReflection;
import static org.coachingconversations.domain.form.FormField.DISTRICT;
import static org.coachingconversations.domain.form.FormField.SCHOOL;
import static org.coachingconversations.domain.form.FormField.SURVEY_PERIOD;
import static org.coachingconversations.domain.form.FormField.TEACHER;
import static org.junit.Assert.assertEquals;

import java.util.List;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.people.UserReference;
import org.junit.Test;

public class SpsReflectionFormTest {

    private final SpsReflectionForm target = new SpsReflectionForm();

    @Test
    public void validate_shouldBuildTheCompleteInput_whenEveryFieldIsValid() {
        // Given
        FormInput input = anSpsReflection().build();

        // When
        SpsReflectionInput reflection = target.validate(input).value();

        // Then
        assertEquals(new UserReference("tmorales"), reflection.teacher());
        assertEquals("Fall 2026", reflection.surveyPeriod());
        assertEquals("Lincoln Middle School", reflection.school());
        assertEquals("Denver Public Schools", reflection.district());
        assertEquals(ConversationType.SPS_REFLECTION, reflection.type());
    }

    @Test
    public void validate_shouldRequireEveryField() {
        // Given
        FormInput input = FormInput.builder().with(SCHOOL, "   ").build();

        // When
        FormResult<SpsReflectionInput> result = target.validate(input);

        // Then
        assertEquals(List.of("Teacher is required.", "Survey period is required.", "School is required.",
                "District is required."), result.errors().stream().map(EnglishMessages::text).toList());
    }

    @Test
    public void validate_shouldTakeTheSurveyPeriodAsFreeText() {
        // Given
        FormInput input = anSpsReflection().with(SURVEY_PERIOD, "2026\u201327 \u2014 Semester 1 (grades 6\u20138)").build();

        // When
        SpsReflectionInput reflection = target.validate(input).value();

        // Then
        assertEquals("2026\u201327 \u2014 Semester 1 (grades 6\u20138)", reflection.surveyPeriod());
    }

    @Test
    public void validate_shouldRejectTextsOverTheirLimits() {
        // Given
        FormInput input = anSpsReflection().with(SURVEY_PERIOD, "F".repeat(101)).with(DISTRICT, "D".repeat(201)).build();

        // When
        FormResult<SpsReflectionInput> result = target.validate(input);

        // Then
        assertEquals(List.of("Survey period is too long: 101 characters, where at most 100 are allowed.",
                "District is too long: 201 characters, where at most 200 are allowed."),
                result.errors().stream().map(EnglishMessages::text).toList());
    }

    @Test
    public void validate_shouldKeepMarkupInTheSchoolName_butRejectControlCharacters() {
        // Given
        FormInput withMarkup = anSpsReflection().with(SCHOOL, "Lincoln <Middle> & \"High\"").build();
        FormInput withControl = anSpsReflection().with(SCHOOL, "Lincoln\u0085Middle").build();

        // When
        FormResult<SpsReflectionInput> marked = target.validate(withMarkup);
        FormResult<SpsReflectionInput> controlled = target.validate(withControl);

        // Then
        assertEquals("Lincoln <Middle> & \"High\"", marked.value().school());
        assertEquals(List.of(SCHOOL), controlled.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("U+0085", "8"), controlled.errors().get(0).arguments());
    }

    @Test
    public void validate_shouldRejectATeacherThatIsNotAUserName() {
        // Given
        FormInput input = anSpsReflection().with(TEACHER, "Ms Morales").build();

        // When
        FormResult<SpsReflectionInput> result = target.validate(input);

        // Then
        assertEquals(FormMessage.USER, result.errors().get(0).message());
    }
}
