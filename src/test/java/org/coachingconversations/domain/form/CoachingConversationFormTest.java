package org.coachingconversations.domain.form;

import static org.coachingconversations.domain.form.ConversationFormData.aCoachingConversation;
import static org.coachingconversations.domain.form.FormField.COACH;
import static org.coachingconversations.domain.form.FormField.CONVERSATION_DATE;
import static org.coachingconversations.domain.form.FormField.ENTRY_POINT;
import static org.coachingconversations.domain.form.FormField.FOCUS;
import static org.coachingconversations.domain.form.FormField.NEXT_CONVERSATION_DATE;
import static org.coachingconversations.domain.form.FormField.TEACHER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.guide.EntryPoint;
import org.coachingconversations.domain.people.UserReference;
import org.junit.Test;

public class CoachingConversationFormTest {

    private final CoachingConversationForm target = new CoachingConversationForm();

    private static List<FormField> fieldsIn(FormResult<?> result) {
        return result.errors().stream().map(FieldError::field).toList();
    }

    @Test
    public void validate_shouldBuildTheCompleteInput_whenEveryFieldIsValid() {
        // Given
        FormInput input = aCoachingConversation().build();

        // When
        CoachingConversationInput conversation = target.validate(input).value();

        // Then
        assertEquals(new UserReference("tmorales"), conversation.teacher());
        assertEquals(new UserReference("jkeller"), conversation.coach());
        assertEquals(LocalDate.of(2026, 9, 14), conversation.conversationDate());
        assertEquals(EntryPoint.ESTABLISH_FOCUS, conversation.entryPoint());
        assertEquals(Optional.of("Checking for understanding during guided practice"), conversation.focus());
        assertEquals(Optional.of(LocalDate.of(2026, 9, 28)), conversation.nextConversationDate());
    }

    @Test
    public void validate_shouldLeaveFocusAndNextDateOut_whenNotGiven() {
        // Given
        FormInput input = aCoachingConversation().without(FOCUS).with(NEXT_CONVERSATION_DATE, "").build();

        // When
        CoachingConversationInput conversation = target.validate(input).value();

        // Then
        assertFalse(conversation.focus().isPresent());
        assertFalse(conversation.nextConversationDate().isPresent());
    }

    @Test
    public void validate_shouldRequireTeacherCoachDateAndEntryPoint() {
        // Given
        FormInput input = FormInput.builder().with(FOCUS, "Questioning").build();

        // When
        FormResult<CoachingConversationInput> result = target.validate(input);

        // Then
        assertEquals(List.of(TEACHER, COACH, CONVERSATION_DATE, ENTRY_POINT), fieldsIn(result));
        assertEquals("Entry point is required.", EnglishMessages.text(result.errors().get(3)));
    }

    @Test
    public void validate_shouldRejectTheTeacherAsCoach() {
        // Given
        FormInput input = aCoachingConversation().with(COACH, "tmorales").build();

        // When
        FormResult<CoachingConversationInput> result = target.validate(input);

        // Then
        assertEquals(List.of(COACH), fieldsIn(result));
        assertEquals("Coach must be someone other than the teacher.", EnglishMessages.text(result.errors().get(0)));
    }

    @Test
    public void validate_shouldAcceptLeapDay_whenTheYearHasOne() {
        // Given
        FormInput input = aCoachingConversation().with(CONVERSATION_DATE, "2028-02-29")
                .with(NEXT_CONVERSATION_DATE, "2028-03-14").build();

        // When
        CoachingConversationInput conversation = target.validate(input).value();

        // Then
        assertEquals(LocalDate.of(2028, 2, 29), conversation.conversationDate());
    }

    @Test
    public void validate_shouldRejectLeapDay_whenTheYearHasNone() {
        // Given
        FormInput input = aCoachingConversation().with(CONVERSATION_DATE, "2027-02-29").build();

        // When
        FormResult<CoachingConversationInput> result = target.validate(input);

        // Then: the wrong date hides the comparison with the next conversation date
        assertEquals(List.of(CONVERSATION_DATE), fieldsIn(result));
        assertEquals(FormMessage.DATE_INVALID, result.errors().get(0).message());
    }

    @Test
    public void validate_shouldRejectNextConversation_whenBeforeThisOne() {
        // Given
        FormInput input = aCoachingConversation().with(NEXT_CONVERSATION_DATE, "2026-09-13").build();

        // When
        FormResult<CoachingConversationInput> result = target.validate(input);

        // Then
        assertEquals("Next conversation date cannot be before the conversation date (2026-09-14).",
                EnglishMessages.text(result.errors().get(0)));
        assertEquals(1, result.errors().size());
    }

    @Test
    public void validate_shouldAcceptNextConversation_onTheSameDay() {
        // Given
        FormInput input = aCoachingConversation().with(NEXT_CONVERSATION_DATE, "2026-09-14").build();

        // When
        FormResult<CoachingConversationInput> result = target.validate(input);

        // Then
        assertEquals(List.of(), result.errors());
    }

    @Test
    public void validate_shouldAcceptEveryEntryPointOfTheGuide() {
        for (EntryPoint entryPoint : EntryPoint.values()) {
            // Given
            FormInput input = aCoachingConversation().with(ENTRY_POINT, entryPoint.id()).build();

            // When
            CoachingConversationInput conversation = target.validate(input).value();

            // Then
            assertEquals(entryPoint, conversation.entryPoint());
        }
    }

    @Test
    public void validate_shouldKeepMarkupInTheFocusVerbatim() {
        // Given
        String focus = "<script>alert('x')</script> & <ac:link><ri:page ri:content-title=\"Secret\"/></ac:link>";
        FormInput input = aCoachingConversation().with(FOCUS, focus).build();

        // When
        CoachingConversationInput conversation = target.validate(input).value();

        // Then
        assertEquals(Optional.of(focus), conversation.focus());
    }

    @Test
    public void validate_shouldRejectControlCharactersInTheFocus() {
        // Given
        FormInput input = aCoachingConversation().with(FOCUS, "Questioning\u0000 strategies").build();

        // When
        FormResult<CoachingConversationInput> result = target.validate(input);

        // Then
        assertEquals("Focus contains an invisible control character (U+0000) at character 12: remove it.",
                EnglishMessages.text(result.errors().get(0)));
    }

    @Test
    public void validate_shouldRejectAFocusOverItsLimit() {
        // Given
        FormInput input = aCoachingConversation().with(FOCUS, "x".repeat(FOCUS.maxLength() + 1)).build();

        // When
        FormResult<CoachingConversationInput> result = target.validate(input);

        // Then
        assertEquals("Focus is too long: 1001 characters, where at most 1000 are allowed.",
                EnglishMessages.text(result.errors().get(0)));
    }
}
