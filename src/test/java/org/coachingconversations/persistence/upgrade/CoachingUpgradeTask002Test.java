package org.coachingconversations.persistence.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.persistence.actionstep.ActionStepEntity;
import org.coachingconversations.persistence.actionstep.AoActionStepRepository;
import org.coachingconversations.persistence.actionstep.OverdueFlagEntity;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * Starts from the action-step table as it was before model version 2, with steps and overdue notices in it, runs
 * the upgrade task as the AO plugin would, and checks which steps now owe a notice.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(CoachingUpgradeTask002Test.PreviousSchema.class)
public class CoachingUpgradeTask002Test {

    private static final int DUE = 20240110;
    private EntityManager entityManager;
    private EntityManagerActiveObjects activeObjects;
    private CoachingUpgradeTask002 target;

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        target = new CoachingUpgradeTask002();
    }

    @Test
    public void getModelVersion_shouldBeTwo_afterVersionOne() {
        // When
        ModelVersion version = target.getModelVersion();

        // Then
        assertTrue(version.isSame(ModelVersion.valueOf("2")));
        assertTrue(version.isNewerThan(CoachingUpgradeTask001.VERSION));
    }

    @Test
    @NonTransactional
    public void upgrade_shouldOweANotice_exactlyForOpenDatedStepsWithoutANoticeForTheirDueDate() throws Exception {
        // Given
        long reported = legacyStep(1, "open", DUE, false);
        flag(reported, DUE);
        long reportedForAnEarlierDate = legacyStep(1, "open", DUE, false);
        flag(reportedForAnEarlierDate, 20240105);
        long neverReported = legacyStep(1, "open", DUE, false);
        long undated = legacyStep(1, "open", null, false);
        long doneAfterItsNotice = legacyStep(1, "done", DUE, false);
        flag(doneAfterItsNotice, DUE);
        long doneOnTime = legacyStep(1, "done", DUE, false);
        long droppedUnreported = legacyStep(1, "dropped", DUE, false);
        long trashedUnreported = legacyStep(2, "open", DUE, true);

        // When
        target.upgrade(CoachingUpgradeTask001.VERSION, activeObjects);

        // Then
        Map<Long, Boolean> expected = new TreeMap<>();
        expected.put(reported, false);
        expected.put(reportedForAnEarlierDate, true);
        expected.put(neverReported, true);
        expected.put(undated, false);
        expected.put(doneAfterItsNotice, false);
        expected.put(doneOnTime, false);
        expected.put(droppedUnreported, false);
        expected.put(trashedUnreported, true);
        assertEquals(expected, noticePendingByStep());
        assertEquals(List.of(reportedForAnEarlierDate, neverReported),
                new AoActionStepRepository(activeObjects).findOpenDueBeforeAfterId(LocalDate.of(2024, 1, 20), 0, 100)
                        .stream().map(ActionStep::id).toList());
    }

    @Test
    @NonTransactional
    public void upgrade_shouldFillEveryBatch_whenThereAreMoreStepsThanOneBatch() throws Exception {
        // Given: more open, unreported steps than one batch of the fill, every third one reported
        Map<Long, Boolean> expected = new TreeMap<>();
        for (int i = 0; i < 1_201; i++) {
            long id = legacyStep(1, "open", DUE, false);
            if (i % 3 == 0) {
                flag(id, DUE);
            }
            expected.put(id, i % 3 != 0);
        }

        // When
        target.upgrade(CoachingUpgradeTask001.VERSION, activeObjects);

        // Then
        assertEquals(expected, noticePendingByStep());
    }

    @Test
    @NonTransactional
    public void upgrade_shouldChangeNothing_whenRunAgain() throws Exception {
        // Given
        long reported = legacyStep(1, "open", DUE, false);
        flag(reported, DUE);
        long neverReported = legacyStep(1, "open", DUE, false);
        target.upgrade(CoachingUpgradeTask001.VERSION, activeObjects);

        // When
        target.upgrade(target.getModelVersion(), activeObjects);

        // Then
        assertEquals(Map.of(reported, false, neverReported, true), noticePendingByStep());
    }

    private long legacyStep(long pageId, String status, Integer dueDate, boolean trashed) throws SQLException {
        return entityManager.create(LegacyActionStepEntity.class,
                new DBParam("PAGE_ID", pageId), new DBParam("SPACE_KEY", "MATH"),
                new DBParam("OWNER_KEY", "teacher-ana"), new DBParam("OWNER_ROLE", "teacher"),
                new DBParam("DESCRIPTION", "Try exit tickets"), new DBParam("DUE_DATE", dueDate),
                new DBParam("STATUS", status), new DBParam("COMPLETED_DATE", status.equals("done") ? dueDate : null),
                new DBParam("VERSION", 1), new DBParam("TRASHED", trashed)).getID();
    }

    private void flag(long stepId, int dueDate) throws SQLException {
        entityManager.create(OverdueFlagEntity.class, new DBParam(OverdueFlagEntity.COLUMN_STEP_ID, stepId),
                new DBParam(OverdueFlagEntity.COLUMN_DUE_DATE, dueDate),
                new DBParam(OverdueFlagEntity.COLUMN_OWNER_KEY, "teacher-ana"),
                new DBParam(OverdueFlagEntity.COLUMN_FLAGGED_AT, Date.from(Instant.parse("2024-01-11T13:00:00Z"))));
    }

    private Map<Long, Boolean> noticePendingByStep() {
        Map<Long, Boolean> byStep = new TreeMap<>();
        Arrays.stream(activeObjects.find(ActionStepEntity.class))
                .forEach(row -> byStep.put((long) row.getID(), row.isNoticePending()));
        return byStep;
    }

    /** The action-step tables as model version 1 left them. */
    public static final class PreviousSchema implements DatabaseUpdater {
        @SuppressWarnings("unchecked")
        @Override
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(LegacyActionStepEntity.class, OverdueFlagEntity.class);
        }
    }
}
