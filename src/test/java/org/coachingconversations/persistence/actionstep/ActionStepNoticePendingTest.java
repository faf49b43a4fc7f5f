package org.coachingconversations.persistence.actionstep;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.SOMEONE;
import static org.coachingconversations.persistence.actionstep.StoredSteps.aNewStep;
import static org.coachingconversations.persistence.actionstep.StoredSteps.store;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDetails;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * {@code NOTICE_PENDING} stays true exactly while a step is open, has a due date and has no overdue notice for that
 * date, through every write of the step store and the ledger; the overdue scan's query reads only those steps.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ActionStepTables.class)
public class ActionStepNoticePendingTest {

    private static final Instant SENT = Instant.parse("2024-01-18T03:00:00Z");
    private static final LocalDate DAY_AFTER_SENT = LocalDate.parse("2024-01-19");
    private static final LocalDate SCAN_BOUND = LocalDate.parse("2024-01-20");

    private EntityManager entityManager;

    private EntityManagerActiveObjects activeObjects;

    private AoActionStepRepository target;

    private AoOverdueFlagLedger ledger;

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        target = new AoActionStepRepository(activeObjects);
        ledger = new AoOverdueFlagLedger(activeObjects);
    }

    @Test
    public void addToPage_shouldOweANotice_onlyForOpenStepsWithADueDate() {
        // When
        long openDated = store(target, aNewStep().dueOn("2024-01-10")).value().id();
        long openUndated = store(target, aNewStep().dueOn(null)).value().id();
        long done = store(target, aNewStep().dueOn("2024-01-10").doneOn("2024-01-09")).value().id();
        long dropped = store(target, aNewStep().dueOn("2024-01-10").dropped()).value().id();

        // Then
        assertTrue(noticePending(openDated));
        assertFalse(noticePending(openUndated));
        assertFalse(noticePending(done));
        assertFalse(noticePending(dropped));
    }

    @Test
    public void record_shouldClearNoticePending_ofTheRecordedStepsOnly() {
        // Given
        ActionStep reported = store(target, aNewStep().dueOn("2024-01-10")).value();
        ActionStep notReported = store(target, aNewStep().dueOn("2024-01-10")).value();

        // When
        ledger.record(List.of(reported), SENT);

        // Then
        assertFalse(noticePending(reported.id()));
        assertTrue(noticePending(notReported.id()));
    }

    @Test
    public void record_shouldLeaveTheStepPending_whenItWasRescheduledAfterTheScanReadIt() {
        // Given: the scan read the step due on the 10th, then its owner moved it to the 15th
        Versioned<ActionStep> read = store(target, aNewStep().dueOn("2024-01-10"));
        target.update(read.value().id(), read.version(),
                ActionStepDetails.of(read.value()).withDueOn(LocalDate.parse("2024-01-15")), SOMEONE);

        // When
        ledger.record(List.of(read.value()), SENT);

        // Then: the notice for the 15th is still owed
        assertTrue(noticePending(read.value().id()));
    }

    @Test
    public void update_shouldOweANoticeAgain_whenTheDueDateOfAReportedStepMoves() {
        // Given
        Versioned<ActionStep> step = reported(store(target, aNewStep().dueOn("2024-01-10")));

        // When
        target.update(step.value().id(), step.version(),
                ActionStepDetails.of(step.value()).withDueOn(LocalDate.parse("2024-01-15")), SOMEONE);

        // Then
        assertTrue(noticePending(step.value().id()));
    }

    @Test
    public void update_shouldNotOweANotice_whenTheStepMovesBackToADateAlreadyReported() {
        // Given: reported for the 10th, moved to the 15th
        Versioned<ActionStep> step = reported(store(target, aNewStep().dueOn("2024-01-10")));
        Versioned<ActionStep> moved = target.update(step.value().id(), step.version(),
                ActionStepDetails.of(step.value()).withDueOn(LocalDate.parse("2024-01-15")), SOMEONE);

        // When
        target.update(moved.value().id(), moved.version(),
                ActionStepDetails.of(moved.value()).withDueOn(LocalDate.parse("2024-01-10")), SOMEONE);

        // Then
        assertFalse(noticePending(step.value().id()));
    }

    @Test
    public void update_shouldKeepANoticeReported_whenOnlyTheDescriptionChanges() {
        // Given
        Versioned<ActionStep> step = reported(store(target, aNewStep().dueOn("2024-01-10")));

        // When
        target.update(step.value().id(), step.version(), ActionStepDetails.of(step.value()).withDescription("Reworded"), SOMEONE);

        // Then
        assertFalse(noticePending(step.value().id()));
    }

    @Test
    public void update_shouldOweNoNotice_whenTheDueDateIsRemoved() {
        // Given
        Versioned<ActionStep> step = store(target, aNewStep().dueOn("2024-01-10"));

        // When
        target.update(step.value().id(), step.version(), ActionStepDetails.of(step.value()).withDueOn(null), SOMEONE);

        // Then
        assertFalse(noticePending(step.value().id()));
    }

    @Test
    public void changeStatus_shouldOweNoNotice_whenTheStepIsDoneOrDropped() {
        // Given
        Versioned<ActionStep> toFinish = store(target, aNewStep().dueOn("2024-01-10"));
        Versioned<ActionStep> toDrop = store(target, aNewStep().dueOn("2024-01-10"));

        // When
        target.changeStatus(toFinish.value().id(), toFinish.version(), ActionStepStatus.DONE, DAY_AFTER_SENT, SOMEONE);
        target.changeStatus(toDrop.value().id(), toDrop.version(), ActionStepStatus.DROPPED, DAY_AFTER_SENT, SOMEONE);

        // Then
        assertFalse(noticePending(toFinish.value().id()));
        assertFalse(noticePending(toDrop.value().id()));
    }

    @Test
    public void changeStatus_shouldOweANoticeOnReopening_onlyWhenNoneWasSentForTheDueDate() {
        // Given: both done, only one of them reported before
        Versioned<ActionStep> wasReported = done(reported(store(target, aNewStep().dueOn("2024-01-10"))));
        Versioned<ActionStep> neverReported = done(store(target, aNewStep().dueOn("2024-01-10")));

        // When
        target.changeStatus(wasReported.value().id(), wasReported.version(), ActionStepStatus.OPEN, DAY_AFTER_SENT, SOMEONE);
        target.changeStatus(neverReported.value().id(), neverReported.version(), ActionStepStatus.OPEN, DAY_AFTER_SENT, SOMEONE);

        // Then
        assertFalse(noticePending(wasReported.value().id()));
        assertTrue(noticePending(neverReported.value().id()));
    }

    @Test
    public void findOpenDueBeforeAfterId_shouldReadOnlyStepsWhoseNoticeIsOwed() {
        // Given: three open steps past their date, one of them reported
        long first = store(target, aNewStep().dueOn("2024-01-10")).value().id();
        reported(store(target, aNewStep().dueOn("2024-01-11")));
        long third = store(target, aNewStep().dueOn("2024-01-12")).value().id();

        // When
        List<ActionStep> found = target.findOpenDueBeforeAfterId(SCAN_BOUND, 0, 100);

        // Then
        assertEquals(List.of(first, third), found.stream().map(ActionStep::id).toList());
    }

    private Versioned<ActionStep> reported(Versioned<ActionStep> step) {
        ledger.record(List.of(step.value()), SENT);
        return step;
    }

    private Versioned<ActionStep> done(Versioned<ActionStep> step) {
        return target.changeStatus(step.value().id(), step.version(), ActionStepStatus.DONE, DAY_AFTER_SENT, SOMEONE);
    }

    private boolean noticePending(long stepId) {
        return activeObjects.find(ActionStepEntity.class, ActionStepEntity.COLUMN_ID + " = ?", (int) stepId)[0]
                .isNoticePending();
    }
}
