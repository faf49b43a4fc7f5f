package org.coachingconversations.persistence.actionstep;

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
import org.coachingconversations.domain.actionstep.VersionedActionStep;
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
        long openDated = store(target, aNewStep().dueOn("2024-01-10")).id();
        long openUndated = store(target, aNewStep().dueOn(null)).id();
        long done = store(target, aNewStep().dueOn("2024-01-10").doneOn("2024-01-09")).id();
        long dropped = store(target, aNewStep().dueOn("2024-01-10").dropped()).id();

        // Then
        assertTrue(noticePending(openDated));
        assertFalse(noticePending(openUndated));
        assertFalse(noticePending(done));
        assertFalse(noticePending(dropped));
    }

    @Test
    public void record_shouldClearNoticePending_ofTheRecordedStepsOnly() {
        // Given
        ActionStep reported = store(target, aNewStep().dueOn("2024-01-10")).step();
        ActionStep notReported = store(target, aNewStep().dueOn("2024-01-10")).step();

        // When
        ledger.record(List.of(reported), SENT);

        // Then
        assertFalse(noticePending(reported.id()));
        assertTrue(noticePending(notReported.id()));
    }

    @Test
    public void record_shouldLeaveTheStepPending_whenItWasRescheduledAfterTheScanReadIt() {
        // Given: the scan read the step due on the 10th, then its owner moved it to the 15th
        VersionedActionStep read = store(target, aNewStep().dueOn("2024-01-10"));
        target.update(read.id(), read.version(),
                ActionStepDetails.of(read.step()).withDueOn(LocalDate.parse("2024-01-15")));

        // When
        ledger.record(List.of(read.step()), SENT);

        // Then: the notice for the 15th is still owed
        assertTrue(noticePending(read.id()));
    }

    @Test
    public void update_shouldOweANoticeAgain_whenTheDueDateOfAReportedStepMoves() {
        // Given
        VersionedActionStep step = reported(store(target, aNewStep().dueOn("2024-01-10")));

        // When
        target.update(step.id(), step.version(),
                ActionStepDetails.of(step.step()).withDueOn(LocalDate.parse("2024-01-15")));

        // Then
        assertTrue(noticePending(step.id()));
    }

    @Test
    public void update_shouldNotOweANotice_whenTheStepMovesBackToADateAlreadyReported() {
        // Given: reported for the 10th, moved to the 15th
        VersionedActionStep step = reported(store(target, aNewStep().dueOn("2024-01-10")));
        VersionedActionStep moved = target.update(step.id(), step.version(),
                ActionStepDetails.of(step.step()).withDueOn(LocalDate.parse("2024-01-15")));

        // When
        target.update(moved.id(), moved.version(),
                ActionStepDetails.of(moved.step()).withDueOn(LocalDate.parse("2024-01-10")));

        // Then
        assertFalse(noticePending(step.id()));
    }

    @Test
    public void update_shouldKeepANoticeReported_whenOnlyTheDescriptionChanges() {
        // Given
        VersionedActionStep step = reported(store(target, aNewStep().dueOn("2024-01-10")));

        // When
        target.update(step.id(), step.version(), ActionStepDetails.of(step.step()).withDescription("Reworded"));

        // Then
        assertFalse(noticePending(step.id()));
    }

    @Test
    public void update_shouldOweNoNotice_whenTheDueDateIsRemoved() {
        // Given
        VersionedActionStep step = store(target, aNewStep().dueOn("2024-01-10"));

        // When
        target.update(step.id(), step.version(), ActionStepDetails.of(step.step()).withDueOn(null));

        // Then
        assertFalse(noticePending(step.id()));
    }

    @Test
    public void changeStatus_shouldOweNoNotice_whenTheStepIsDoneOrDropped() {
        // Given
        VersionedActionStep toFinish = store(target, aNewStep().dueOn("2024-01-10"));
        VersionedActionStep toDrop = store(target, aNewStep().dueOn("2024-01-10"));

        // When
        target.changeStatus(toFinish.id(), toFinish.version(), ActionStepStatus.DONE, DAY_AFTER_SENT);
        target.changeStatus(toDrop.id(), toDrop.version(), ActionStepStatus.DROPPED, DAY_AFTER_SENT);

        // Then
        assertFalse(noticePending(toFinish.id()));
        assertFalse(noticePending(toDrop.id()));
    }

    @Test
    public void changeStatus_shouldOweANoticeOnReopening_onlyWhenNoneWasSentForTheDueDate() {
        // Given: both done, only one of them reported before
        VersionedActionStep wasReported = done(reported(store(target, aNewStep().dueOn("2024-01-10"))));
        VersionedActionStep neverReported = done(store(target, aNewStep().dueOn("2024-01-10")));

        // When
        target.changeStatus(wasReported.id(), wasReported.version(), ActionStepStatus.OPEN, DAY_AFTER_SENT);
        target.changeStatus(neverReported.id(), neverReported.version(), ActionStepStatus.OPEN, DAY_AFTER_SENT);

        // Then
        assertFalse(noticePending(wasReported.id()));
        assertTrue(noticePending(neverReported.id()));
    }

    @Test
    public void findOpenDueBeforeAfterId_shouldReadOnlyStepsWhoseNoticeIsOwed() {
        // Given: three open steps past their date, one of them reported
        long first = store(target, aNewStep().dueOn("2024-01-10")).id();
        reported(store(target, aNewStep().dueOn("2024-01-11")));
        long third = store(target, aNewStep().dueOn("2024-01-12")).id();

        // When
        List<ActionStep> found = target.findOpenDueBeforeAfterId(SCAN_BOUND, 0, 100);

        // Then
        assertEquals(List.of(first, third), found.stream().map(ActionStep::id).toList());
    }

    private VersionedActionStep reported(VersionedActionStep step) {
        ledger.record(List.of(step.step()), SENT);
        return step;
    }

    private VersionedActionStep done(VersionedActionStep step) {
        return target.changeStatus(step.id(), step.version(), ActionStepStatus.DONE, DAY_AFTER_SENT);
    }

    private boolean noticePending(long stepId) {
        return activeObjects.find(ActionStepEntity.class, ActionStepEntity.COLUMN_ID + " = ?", (int) stepId)[0]
                .isNoticePending();
    }
}
