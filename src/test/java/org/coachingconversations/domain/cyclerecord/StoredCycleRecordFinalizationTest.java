package org.coachingconversations.domain.cyclerecord;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.coachingconversations.domain.guide.ObservationType;
import org.junit.Test;

public class StoredCycleRecordFinalizationTest {

    private static final LocalDate CONFERENCE = LocalDate.of(2026, 3, 5);

    private final StoredCycleRecord target = new StoredCycleRecord(7, "MATH", "teacher-ana", "observer-olu",
            CycleRecordDates.observed(LocalDate.of(2026, 3, 2), ObservationType.FULL).withConferenceOn(CONFERENCE));

    @Test
    public void finalizedBy_shouldDateTheFinalization_whenTheObserverFinalizesOnTheConferenceDayOrLater() {
        // When
        StoredCycleRecord finalized = target.finalizedBy("observer-olu", CONFERENCE);

        // Then
        assertEquals(Optional.of(CONFERENCE), finalized.dates().finalizedOn());
    }

    @Test
    public void finalizedBy_shouldRefuseTheTeacher() {
        // When
        FinalizationRefusedException thrown = assertThrows(FinalizationRefusedException.class,
                () -> target.finalizedBy("teacher-ana", CONFERENCE));

        // Then
        assertEquals(FinalizationRefusedException.Reason.NOT_THE_OBSERVER, thrown.reason());
        assertEquals("Only the observer of the Cycle Record on page 7 may mark it finalized.", thrown.getMessage());
    }

    @Test
    public void finalizedBy_shouldRefuseBeforeThePostConference_andWithoutOne() {
        // Given
        StoredCycleRecord unscheduled = new StoredCycleRecord(8, "MATH", "teacher-ana", "observer-olu",
                CycleRecordDates.observed(LocalDate.of(2026, 3, 2), ObservationType.SHORT));

        // When
        FinalizationRefusedException early = assertThrows(FinalizationRefusedException.class,
                () -> target.finalizedBy("observer-olu", CONFERENCE.minusDays(1)));
        FinalizationRefusedException none = assertThrows(FinalizationRefusedException.class,
                () -> unscheduled.finalizedBy("observer-olu", CONFERENCE));

        // Then
        assertEquals(FinalizationRefusedException.Reason.CONFERENCE_NOT_HELD, early.reason());
        assertEquals("The Cycle Record on page 7 can be finalized after its post-conference on 2026-03-05.",
                early.getMessage());
        assertEquals(FinalizationRefusedException.Reason.CONFERENCE_NOT_HELD, none.reason());
    }

    @Test
    public void finalizedBy_shouldRefuseASecondFinalization() {
        // Given
        StoredCycleRecord finalized = target.finalizedBy("observer-olu", CONFERENCE);

        // When
        FinalizationRefusedException thrown = assertThrows(FinalizationRefusedException.class,
                () -> finalized.finalizedBy("observer-olu", CONFERENCE.plusDays(1)));

        // Then
        assertEquals(FinalizationRefusedException.Reason.ALREADY_FINALIZED, thrown.reason());
    }
}
