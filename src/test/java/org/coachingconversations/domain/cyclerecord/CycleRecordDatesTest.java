package org.coachingconversations.domain.cyclerecord;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import org.coachingconversations.domain.guide.ObservationType;
import org.junit.Test;

public class CycleRecordDatesTest {

    private final CycleRecordDates target = CycleRecordDates.observed(LocalDate.parse("2024-01-08"),
            ObservationType.FOCUSED);

    @Test
    public void withConferenceOn_shouldRefuseAConferenceBeforeTheObservation() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> target.withConferenceOn(LocalDate.parse("2024-01-05")));

        // Then
        assertEquals("Cycle Record: the post-conference date 2024-01-05 is before the observation date 2024-01-08.",
                refusal.getMessage());
    }

    @Test
    public void withFinalizedOn_shouldRefuse_whenThereIsNoConferenceYet() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> target.withFinalizedOn(LocalDate.parse("2024-01-12")));

        // Then
        assertEquals("Cycle Record: a finalization date needs a post-conference date first.", refusal.getMessage());
    }

    @Test
    public void withTeacherRespondedOn_shouldRefuseAnAnswerBeforeFinalization() {
        // Given
        CycleRecordDates finalized = target.withConferenceOn(LocalDate.parse("2024-01-11"))
                .withFinalizedOn(LocalDate.parse("2024-01-15"));

        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> finalized.withTeacherRespondedOn(LocalDate.parse("2024-01-12")));

        // Then
        assertEquals("Cycle Record: the teacher acknowledgement date 2024-01-12 is before the finalization date"
                + " 2024-01-15.", refusal.getMessage());
    }

    @Test
    public void observed_shouldRefuseAMissingObservationType() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> CycleRecordDates.observed(LocalDate.parse("2024-01-08"), null));

        // Then
        assertEquals("Cycle Record: the observation type is required (Full, Focused or Short).", refusal.getMessage());
    }

    @Test
    public void expectsTeacherReflection_shouldBeFalseOnlyForShortObservations() {
        // When / Then
        assertFalse(CycleRecordDates.observed(LocalDate.parse("2024-01-08"), ObservationType.SHORT)
                .expectsTeacherReflection());
        assertTrue(target.expectsTeacherReflection());
    }
}
