package org.coachingconversations.persistence.actionstep;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.SOMEONE;
import static org.coachingconversations.persistence.actionstep.StoredSteps.aNewStep;
import static org.coachingconversations.persistence.actionstep.StoredSteps.store;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.application.followup.RunOverdueScan;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDetails;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.followup.OverdueFlag;
import org.coachingconversations.domain.followup.OverdueScanBatch;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/** The overdue ledger, and the daily job's overdue scan running on the real repository and ledger. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ActionStepTables.class)
public class AoOverdueFlagLedgerTest {

    /** 03:00 UTC on Thursday 2024-01-18: still the 17th in Denver, already the 18th in Berlin. */
    private static final Instant NOW = Instant.parse("2024-01-18T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private EntityManager entityManager;

    private EntityManagerActiveObjects activeObjects;

    private AoActionStepRepository steps;

    private AoOverdueFlagLedger target;

    private RunOverdueScan scan;

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        steps = new AoActionStepRepository(activeObjects);
        target = new AoOverdueFlagLedger(activeObjects);
        scan = new RunOverdueScan(steps, new BerlinOrDenver(), target, CLOCK);
    }

    private static List<Long> ids(List<ActionStep> found) {
        return found.stream().map(ActionStep::id).toList();
    }

    @Test
    public void record_shouldKeepWhoWasToldAndWhen_andAnswerForThatStepAndDueDateOnly() {
        // Given
        ActionStep step = store(steps, aNewStep().ownedBy("t-7").dueOn("2024-02-29")).value();

        // When
        target.record(List.of(step), NOW);

        // Then
        OverdueFlag recorded = new OverdueFlag(step.id(), LocalDate.parse("2024-02-29"));
        OverdueFlag otherDate = new OverdueFlag(step.id(), LocalDate.parse("2024-03-01"));
        OverdueFlag otherStep = new OverdueFlag(step.id() + 1, LocalDate.parse("2024-02-29"));
        assertEquals(Set.of(recorded), target.alreadyFlagged(List.of(recorded, otherDate, otherStep)));
        OverdueFlagEntity row = activeObjects.find(OverdueFlagEntity.class)[0];
        assertEquals("t-7", row.getOwnerKey());
        assertEquals(NOW, row.getFlaggedAt().toInstant());
        assertEquals(20240229, row.getDueDate());
    }

    @Test
    public void record_shouldKeepTheFirstNotice_whenTheSameStepIsRecordedAgain() {
        // Given
        ActionStep step = store(steps, aNewStep().ownedBy(null).dueOn("2024-01-10")).value();
        target.record(List.of(step), NOW);

        // When
        target.record(List.of(step, step), NOW.plusSeconds(86_400));

        // Then
        OverdueFlagEntity[] rows = activeObjects.find(OverdueFlagEntity.class);
        assertEquals(1, rows.length);
        assertEquals(NOW, rows[0].getFlaggedAt().toInstant());
        assertNull(rows[0].getOwnerKey());
    }

    @Test
    public void alreadyFlagged_shouldAskTheDatabaseNothing_whenThereAreNoCandidates() {
        // When
        Set<OverdueFlag> flagged;
        List<String> statements;
        try (SqlStatements sql = SqlStatements.recordOn(entityManager)) {
            flagged = target.alreadyFlagged(List.of());
            statements = sql.all();
        }

        // Then
        assertEquals(Set.of(), flagged);
        assertEquals(List.of(), statements);
    }

    @Test
    public void scan_shouldJudgeEachStepByItsSpacesToday_andReportNothingTwice() {
        // Given: all open and due on the 17th or 16th
        store(steps, aNewStep().inSpace("DEN").dueOn("2024-01-17"));
        long berlinDueYesterday = store(steps, aNewStep().inSpace("BER").dueOn("2024-01-17")).value().id();
        long denverDueYesterday = store(steps, aNewStep().inSpace("DEN").dueOn("2024-01-16")).value().id();

        // When
        OverdueScanBatch first = scan.next(0, 100);
        scan.markReported(first.newlyOverdue());
        OverdueScanBatch again = scan.next(0, 100);

        // Then
        assertEquals(List.of(berlinDueYesterday, denverDueYesterday), ids(first.newlyOverdue()));
        assertTrue(first.finished());
        assertEquals(List.of(), again.newlyOverdue());
    }

    @Test
    public void scan_shouldWalkInBatchesAndResumeAfterTheLastIdSeen() {
        // Given: five overdue steps, one closed and one trashed among them
        List<Long> overdue = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            overdue.add(store(steps, aNewStep().inSpace("BER").dueOn("2024-01-0" + (i + 1))).value().id());
        }
        store(steps, aNewStep().inSpace("BER").dueOn("2024-01-02").doneOn("2024-01-03"));
        store(steps, aNewStep().inSpace("BER").onPage(666).dueOn("2024-01-02"));
        steps.pageTrashed(666);

        // When
        List<Long> reported = new ArrayList<>();
        List<Long> resumePoints = new ArrayList<>();
        OverdueScanBatch batch = scan.next(0, 2);
        reported.addAll(ids(batch.newlyOverdue()));
        resumePoints.add(batch.resumeAfterId());
        while (!batch.finished()) {
            batch = scan.next(batch.resumeAfterId(), 2);
            reported.addAll(ids(batch.newlyOverdue()));
            resumePoints.add(batch.resumeAfterId());
        }

        // Then
        assertEquals(overdue, reported);
        assertEquals(List.of(overdue.get(1), overdue.get(3), overdue.get(4)), resumePoints);
    }

    @Test
    public void scan_shouldReportAgain_whenARescheduledStepSlipsAgain_butNotWhenItIsReopened() {
        // Given: both reported for the 10th
        Versioned<ActionStep> rescheduled = store(steps, aNewStep().inSpace("BER").dueOn("2024-01-10"));
        Versioned<ActionStep> reopened = store(steps, aNewStep().inSpace("BER").dueOn("2024-01-10"));
        scan.markReported(scan.next(0, 100).newlyOverdue());
        steps.update(rescheduled.value().id(), rescheduled.version(),
                ActionStepDetails.of(rescheduled.value()).withDueOn(LocalDate.parse("2024-01-15")), SOMEONE);
        Versioned<ActionStep> done = steps.changeStatus(reopened.value().id(), reopened.version(), ActionStepStatus.DONE,
                LocalDate.parse("2024-01-16"), SOMEONE);
        steps.changeStatus(done.value().id(), done.version(), ActionStepStatus.OPEN, LocalDate.parse("2024-01-17"), SOMEONE);

        // When
        OverdueScanBatch batch = scan.next(0, 100);

        // Then
        assertEquals(List.of(rescheduled.value().id()), ids(batch.newlyOverdue()));
    }

    /** Space "BER" keeps Berlin time; every other space Denver time. */
    private static final class BerlinOrDenver implements SpaceSettingsStore {

        @Override
        public SpaceSettings get(String spaceKey) {
            return SpaceSettings.defaults(ZoneId.of(spaceKey.equals("BER") ? "Europe/Berlin" : "America/Denver"));
        }

        @Override
        public void save(String spaceKey, SpaceSettings settings) {
            throw new UnsupportedOperationException("These settings are fixed.");
        }
    }
}
