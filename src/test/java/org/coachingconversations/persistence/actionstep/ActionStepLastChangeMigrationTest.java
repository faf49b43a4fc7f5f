package org.coachingconversations.persistence.actionstep;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepChange;
import org.coachingconversations.domain.actionstep.ActionStepChangeKind;
import org.coachingconversations.domain.actionstep.ActionStepDetails;
import org.coachingconversations.domain.actionstep.ChangedBy;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.persistence.upgrade.LegacyActionStepEntity;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * A step stored before steps remembered who changed them: AO adds the three nullable columns when it migrates the
 * entity, the step reads as one with no recorded change, and its next change is recorded.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ActionStepLastChangeMigrationTest.TableWithoutLastChange.class)
public class ActionStepLastChangeMigrationTest {

    private EntityManager entityManager;
    private EntityManagerActiveObjects activeObjects;
    private AoActionStepRepository target;

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        target = new AoActionStepRepository(activeObjects);
    }

    @Test
    @NonTransactional
    @SuppressWarnings("unchecked")
    public void migrate_shouldKeepAnOldStepReadableWithNoLastChange_andRecordItsNextChange() throws Exception {
        // Given
        long stepId = entityManager.create(LegacyActionStepEntity.class,
                new DBParam("PAGE_ID", 5L), new DBParam("SPACE_KEY", "MATH"),
                new DBParam("OWNER_KEY", "teacher-ana"), new DBParam("OWNER_ROLE", "teacher"),
                new DBParam("DESCRIPTION", "Try exit tickets"), new DBParam("DUE_DATE", 20240110),
                new DBParam("STATUS", "open"), new DBParam("COMPLETED_DATE", null),
                new DBParam("VERSION", 3), new DBParam("TRASHED", false)).getID();

        // When
        activeObjects.migrate(ActionStepEntity.class, OverdueFlagEntity.class);
        Versioned<ActionStep> old = target.find(stepId).orElseThrow();
        target.update(stepId, old.version(), ActionStepDetails.of(old.value()).withDescription("Try exit tickets daily"),
                new ChangedBy("coach-bo", Instant.parse("2024-01-12T09:30:00Z")));

        // Then
        assertEquals(3, old.version());
        assertEquals("Try exit tickets", old.value().description());
        assertEquals(Optional.empty(), old.value().lastChange());
        assertEquals(Optional.of(new ActionStepChange("coach-bo", Instant.parse("2024-01-12T09:30:00Z"),
                ActionStepChangeKind.REWORDED)), target.find(stepId).orElseThrow().value().lastChange());
    }

    /** The action-step tables before the last-change columns (an older model). */
    public static final class TableWithoutLastChange implements DatabaseUpdater {
        @SuppressWarnings("unchecked")
        @Override
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(LegacyActionStepEntity.class, OverdueFlagEntity.class);
        }
    }
}
