package org.coachingconversations.domain.actionstep;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.anActionStep;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.Test;

public class ActionStepTest {

    private static final LocalDate TODAY = LocalDate.parse("2024-01-10");

    private ActionStep target = anActionStep().build();

    @Test
    public void complete_shouldRecordTodayAsTheCompletionDate_whenOpen() {
        // When
        ActionStep done = target.complete(TODAY);

        // Then
        assertEquals(ActionStepStatus.DONE, done.status());
        assertEquals(Optional.of(TODAY), done.completedOn());
    }

    @Test
    public void reopen_shouldClearTheCompletionDate_whenDone() {
        // Given
        target = anActionStep().doneOn("2024-01-08").build();

        // When
        ActionStep reopened = target.reopen(TODAY);

        // Then
        assertEquals(ActionStepStatus.OPEN, reopened.status());
        assertEquals(Optional.empty(), reopened.completedOn());
    }

    @Test
    public void reopen_shouldReviveADroppedStep() {
        // Given
        target = anActionStep().dropped().build();

        // When / Then
        assertEquals(ActionStepStatus.OPEN, target.reopen(TODAY).status());
    }

    @Test
    public void drop_shouldBeAllowed_whenOpen() {
        // When
        ActionStep dropped = target.drop(TODAY);

        // Then
        assertEquals(ActionStepStatus.DROPPED, dropped.status());
        assertEquals(Optional.empty(), dropped.completedOn());
    }

    @Test
    public void drop_shouldBeRefusedWithAReason_whenDone() {
        // Given
        target = anActionStep().doneOn("2024-01-08").build();

        // When
        StatusTransitionException refusal = assertThrows(StatusTransitionException.class, () -> target.drop(TODAY));

        // Then
        assertEquals("An action step that is done cannot become dropped directly; reopen it first.",
                refusal.getMessage());
        assertEquals(ActionStepStatus.DONE, refusal.from());
        assertEquals(ActionStepStatus.DROPPED, refusal.to());
    }

    @Test
    public void complete_shouldBeRefused_whenDropped() {
        // Given
        target = anActionStep().dropped().build();

        // When / Then
        assertThrows(StatusTransitionException.class, () -> target.complete(TODAY));
    }

    @Test
    public void complete_shouldKeepTheFirstCompletionDate_whenAlreadyDone() {
        // Given: a second click on "done" two days later
        target = anActionStep().doneOn("2024-01-08").build();

        // When
        ActionStep again = target.complete(TODAY);

        // Then
        assertSame(target, again);
        assertEquals(Optional.of(LocalDate.parse("2024-01-08")), again.completedOn());
    }

    @Test
    public void canMoveTo_shouldFollowTheDocumentedRules_forEveryPair() {
        // Then: rows are "from", columns "to" in the order OPEN, DONE, DROPPED
        boolean[][] allowed = {
            {true, true, true},
            {true, true, false},
            {true, false, true},
        };
        ActionStepStatus[] statuses = ActionStepStatus.values();
        for (int from = 0; from < statuses.length; from++) {
            for (int to = 0; to < statuses.length; to++) {
                assertEquals(statuses[from] + " -> " + statuses[to], allowed[from][to],
                        statuses[from].canMoveTo(statuses[to]));
            }
        }
        assertFalse(ActionStepStatus.OPEN.canMoveTo(null));
    }

    @Test
    public void constructor_shouldRefuseADescriptionOverTheLimit_sayingHowLongItIs() {
        // Given
        String tooLong = "x".repeat(ActionStep.MAX_DESCRIPTION_LENGTH + 1);

        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> anActionStep().withDescription(tooLong).build());

        // Then
        assertEquals("Action step: the description has 2001 characters; the limit is 2000.", refusal.getMessage());
    }

    @Test
    public void constructor_shouldAcceptADescriptionOfExactlyTheLimit_countingCharactersNotUtf16Units() {
        // Given: 2000 emoji are 4000 UTF-16 units but 2000 characters
        String atLimit = "\uD83D\uDCDA".repeat(ActionStep.MAX_DESCRIPTION_LENGTH);

        // When
        ActionStep step = anActionStep().withDescription(atLimit).build();

        // Then
        assertEquals(atLimit, step.description());
    }

    @Test
    public void constructor_shouldRefuseABlankDescription() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> anActionStep().withDescription("   ").build());

        // Then
        assertEquals("Action step: the description is required.", refusal.getMessage());
    }

    @Test
    public void constructor_shouldRefuseADoneStepWithoutCompletionDate() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> new ActionStep(1, 100, "SCH", Optional.of("t"), target.role(), "Do it", Optional.empty(),
                        ActionStepStatus.DONE, Optional.empty()));

        // Then
        assertEquals("Action step: a done step needs its completion date.", refusal.getMessage());
    }

    @Test
    public void isOwnedAndDated_shouldNeedBothAnOwnerAndADueDate() {
        // When / Then
        assertTrue(target.isOwnedAndDated());
        assertFalse(anActionStep().ownedBy(" ").build().isOwnedAndDated());
        assertFalse(anActionStep().dueOn(null).build().isOwnedAndDated());
    }

    @Test
    public void fromId_shouldReadStatusesAsUsersTypeThem() {
        // When / Then
        assertEquals(Optional.of(ActionStepStatus.DROPPED), ActionStepStatus.fromId(" Dropped "));
        assertEquals(Optional.empty(), ActionStepStatus.fromId("finished"));
    }
}
