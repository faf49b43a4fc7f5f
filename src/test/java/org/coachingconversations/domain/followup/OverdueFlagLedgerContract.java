package org.coachingconversations.domain.followup;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.anActionStep;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepTestData;
import org.junit.Test;

/**
 * What every {@link OverdueFlagLedger} does, the in-memory fake as much as the SQL. A subclass sets {@link #target}
 * in its {@code @Before} and stores the given steps the way the app does.
 */
public abstract class OverdueFlagLedgerContract {

    private static final Instant SENT_AT = Instant.parse("2024-01-15T06:00:00Z");

    protected OverdueFlagLedger target;

    /** Stores a new step as the editor does and answers it with its id. */
    protected abstract ActionStep givenStored(ActionStepTestData step);

    @Test
    public void alreadyFlagged_shouldAnswerTheRecordedFlagsAmongTheCandidates_keyedByDueDate() {
        // Given
        ActionStep reported = givenStored(aNewStep().dueOn("2024-01-08"));
        ActionStep notReported = givenStored(aNewStep().dueOn("2024-01-09"));
        target.record(List.of(reported), SENT_AT);

        // When
        Set<OverdueFlag> flagged = target.alreadyFlagged(List.of(OverdueFlag.of(reported),
                OverdueFlag.of(notReported), new OverdueFlag(reported.id(), LocalDate.parse("2024-01-12"))));

        // Then
        assertEquals(Set.of(OverdueFlag.of(reported)), flagged);
    }

    @Test
    public void alreadyFlagged_shouldAnswerNothing_whenThereAreNoCandidates() {
        // Given
        target.record(List.of(givenStored(aNewStep().dueOn("2024-01-08"))), SENT_AT);

        // When
        Set<OverdueFlag> flagged = target.alreadyFlagged(List.of());

        // Then
        assertEquals(Set.of(), flagged);
    }

    @Test
    public void record_shouldBeHarmless_whenAFlagIsRecordedTwice() {
        // Given
        ActionStep reported = givenStored(aNewStep().dueOn("2024-01-08"));
        target.record(List.of(reported), SENT_AT);

        // When
        target.record(List.of(reported, reported), SENT_AT.plusSeconds(86_400));

        // Then
        assertEquals(Set.of(OverdueFlag.of(reported)), target.alreadyFlagged(List.of(OverdueFlag.of(reported))));
    }

    @Test
    public void record_shouldRefuseAnUnsavedStepOrNoTime_andRecordNothing() {
        // Given
        ActionStep stored = givenStored(aNewStep().dueOn("2024-01-08"));
        ActionStep unsaved = aNewStep().withDescription("Not saved").dueOn("2024-01-08").build();

        // When
        List<String> messages = List.of(
                assertThrows(IllegalArgumentException.class,
                        () -> target.record(List.of(stored, unsaved), SENT_AT)).getMessage(),
                assertThrows(IllegalArgumentException.class,
                        () -> target.record(List.of(stored), null)).getMessage());

        // Then
        assertEquals(List.of("Overdue notices: a step that is not stored (\"Not saved\") cannot be recorded.",
                "Overdue notices: the time they were sent is required."), messages);
        assertEquals(Set.of(), target.alreadyFlagged(List.of(OverdueFlag.of(stored))));
    }

    private static ActionStepTestData aNewStep() {
        return anActionStep().withId(ActionStep.UNSAVED_ID);
    }
}
