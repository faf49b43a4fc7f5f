package org.coachingconversations.domain.form;

import static org.coachingconversations.domain.form.ConversationFormData.aCycleRecord;
import static org.coachingconversations.domain.form.FormField.CONFERENCE_DATE;
import static org.coachingconversations.domain.form.FormField.OBSERVATION_DATE;
import static org.coachingconversations.domain.form.FormField.OBSERVATION_TYPE;
import static org.coachingconversations.domain.form.FormField.OBSERVER;
import static org.coachingconversations.domain.form.FormField.TEACHER;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.people.UserReference;
import org.junit.Test;

public class CycleRecordFormTest {

    private final CycleRecordForm target = new CycleRecordForm();

    private static List<FormField> fieldsIn(FormResult<?> result) {
        return result.errors().stream().map(FieldError::field).toList();
    }

    @Test
    public void validate_shouldBuildTheCompleteInput_whenEveryFieldIsValid() {
        // Given
        FormInput input = aCycleRecord().build();

        // When
        CycleRecordInput record = target.validate(input).value();

        // Then
        assertEquals(new UserReference("tmorales"), record.teacher());
        assertEquals(new UserReference("pnguyen"), record.observer());
        assertEquals(LocalDate.of(2026, 11, 2), record.observationDate());
        assertEquals(ObservationType.FOCUSED, record.observationType());
        assertEquals(LocalDate.of(2026, 11, 5), record.conferenceDate());
        assertEquals(ConversationType.CYCLE_RECORD, record.type());
    }

    @Test
    public void validate_shouldRequireEveryField() {
        // Given
        FormInput input = FormInput.builder().build();

        // When
        FormResult<CycleRecordInput> result = target.validate(input);

        // Then
        assertEquals(List.of(TEACHER, OBSERVER, OBSERVATION_DATE, OBSERVATION_TYPE, CONFERENCE_DATE), fieldsIn(result));
    }

    @Test
    public void validate_shouldRejectTheTeacherAsObserver() {
        // Given
        FormInput input = aCycleRecord().with(OBSERVER, "tmorales").build();

        // When
        FormResult<CycleRecordInput> result = target.validate(input);

        // Then
        assertEquals("Observer must be someone other than the teacher.", EnglishMessages.text(result.errors().get(0)));
    }

    @Test
    public void validate_shouldAcceptEachObservationTypeOfTheProtocol() {
        for (String type : List.of("full", "Focused", " SHORT ")) {
            // Given
            FormInput input = aCycleRecord().with(OBSERVATION_TYPE, type).build();

            // When
            FormResult<CycleRecordInput> result = target.validate(input);

            // Then
            assertEquals(type, List.of(), result.errors());
        }
    }

    @Test
    public void validate_shouldRejectAnUnknownObservationType() {
        // Given
        FormInput input = aCycleRecord().with(OBSERVATION_TYPE, "walkthrough").build();

        // When
        FormResult<CycleRecordInput> result = target.validate(input);

        // Then
        assertEquals("Observation type: \u201cwalkthrough\u201d is not one of the choices (full, focused, short).",
                EnglishMessages.text(result.errors().get(0)));
    }

    @Test
    public void validate_shouldRejectAConferenceBeforeTheObservation() {
        // Given
        FormInput input = aCycleRecord().with(CONFERENCE_DATE, "2026-11-01").build();

        // When
        FormResult<CycleRecordInput> result = target.validate(input);

        // Then
        assertEquals(List.of(CONFERENCE_DATE), fieldsIn(result));
        assertEquals("Post-conference date cannot be before the observation date (2026-11-02).",
                EnglishMessages.text(result.errors().get(0)));
    }

    @Test
    public void validate_shouldLeaveTheSchoolDayWindowToTheTimeline_acceptingSameDayAndLateConferences() {
        for (String conferenceDate : List.of("2026-11-02", "2027-01-15")) {
            // Given
            FormInput input = aCycleRecord().with(CONFERENCE_DATE, conferenceDate).build();

            // When
            CycleRecordInput record = target.validate(input).value();

            // Then
            assertEquals(LocalDate.parse(conferenceDate), record.conferenceDate());
        }
    }

    @Test
    public void validate_shouldRejectAnObservationDateThatDoesNotExist() {
        // Given
        FormInput input = aCycleRecord().with(OBSERVATION_DATE, "2026-11-31").build();

        // When
        FormResult<CycleRecordInput> result = target.validate(input);

        // Then
        assertEquals("Observation date: \u201c2026-11-31\u201d is not a valid date; that day does not exist. "
                + "Write it as yyyy-MM-dd, for example 2026-09-14.", EnglishMessages.text(result.errors().get(0)));
        assertEquals(1, result.errors().size());
    }
}
