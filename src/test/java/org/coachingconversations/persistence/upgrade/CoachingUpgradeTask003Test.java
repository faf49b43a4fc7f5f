package org.coachingconversations.persistence.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.timeline.SchoolDayWindow;
import org.coachingconversations.persistence.settings.AoSpaceSettingsRepository;
import org.coachingconversations.persistence.settings.SpaceSettingsEntity;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.sal.FixedTimeZoneManager;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * Starts from the space-settings table as it was before model version 3 (numbers and flags nullable), with rows that
 * hold NULLs, zeros and falses, runs the upgrade task as the AO plugin would, and reads the settings back.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(CoachingUpgradeTask003Test.PreviousSchema.class)
public class CoachingUpgradeTask003Test {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final String TABLE = "AO_16E8C7_SPACE_SETTINGS";
    private static final List<String> NUMBERS_AND_FLAGS = List.of(SpaceSettingsEntity.COLUMN_CONFERENCE_FEWEST,
            SpaceSettingsEntity.COLUMN_CONFERENCE_MOST, SpaceSettingsEntity.COLUMN_SHARING_FEWEST,
            SpaceSettingsEntity.COLUMN_SHARING_MOST, SpaceSettingsEntity.COLUMN_FINALIZATION_FEWEST,
            SpaceSettingsEntity.COLUMN_FINALIZATION_MOST, SpaceSettingsEntity.COLUMN_ACKNOWLEDGEMENT_FEWEST,
            SpaceSettingsEntity.COLUMN_ACKNOWLEDGEMENT_MOST, SpaceSettingsEntity.COLUMN_DUE_SOON_DAYS,
            SpaceSettingsEntity.COLUMN_COVERAGE_WEEKS, SpaceSettingsEntity.COLUMN_SPS_MINIMUM_RESPONSES,
            SpaceSettingsEntity.COLUMN_RESTRICT_CYCLE_RECORDS, SpaceSettingsEntity.COLUMN_DIGEST_ENABLED);

    private EntityManager entityManager;
    private EntityManagerActiveObjects activeObjects;
    private CoachingUpgradeTask003 target;

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        target = new CoachingUpgradeTask003();
    }

    @Test
    public void getModelVersion_shouldBeThree_afterVersionTwo() {
        // When
        ModelVersion version = target.getModelVersion();

        // Then
        assertTrue(version.isSame(ModelVersion.valueOf("3")));
        assertTrue(version.isNewerThan(CoachingUpgradeTask002.VERSION));
    }

    @Test
    @NonTransactional
    public void upgrade_shouldKeepEveryValueARowHolds_zerosAndFalsesIncluded() throws Exception {
        // Given a space that chose a same-day acknowledgement, no restriction and no digest
        legacyRow("LINCOLN", everyColumn(false));

        // When
        target.upgrade(CoachingUpgradeTask002.VERSION, activeObjects);

        // Then
        SpaceSettings settings = repository().get("LINCOLN");
        assertEquals(SchoolDayWindow.of(0, 0), settings.timeline().acknowledgementAfterFinalization());
        assertEquals(SchoolDayWindow.of(2, 4), settings.timeline().conferenceAfterObservation());
        assertEquals(3, settings.dueSoonDays());
        assertEquals(6, settings.coverageWeeks());
        assertEquals(5, settings.spsMinimumResponses());
        assertFalse(settings.restrictCycleRecords());
        assertFalse(settings.digestEnabled());
    }

    @Test
    @NonTransactional
    public void upgrade_shouldGiveTheDomainsDefault_toEveryValueTheRowNeverSet() throws Exception {
        // Given a row written before the flags and two thresholds existed (AO gave the numbers 0, the flags NULL),
        // and a window bound edited away by hand
        Map<String, Object> columns = everyColumn(false);
        columns.keySet().removeAll(List.of(SpaceSettingsEntity.COLUMN_COVERAGE_WEEKS,
                SpaceSettingsEntity.COLUMN_SPS_MINIMUM_RESPONSES, SpaceSettingsEntity.COLUMN_RESTRICT_CYCLE_RECORDS,
                SpaceSettingsEntity.COLUMN_DIGEST_ENABLED));
        columns.put(SpaceSettingsEntity.COLUMN_CONFERENCE_MOST, null);
        legacyRow("LINCOLN", columns);
        SpaceSettings defaults = SpaceSettings.defaults(DENVER);

        // When
        target.upgrade(CoachingUpgradeTask002.VERSION, activeObjects);

        // Then
        SpaceSettings settings = repository().get("LINCOLN");
        assertTrue("the restriction fails closed", settings.restrictCycleRecords());
        assertTrue(settings.digestEnabled());
        assertEquals(defaults.coverageWeeks(), settings.coverageWeeks());
        assertEquals(defaults.spsMinimumResponses(), settings.spsMinimumResponses());
        assertEquals(SchoolDayWindow.of(2, defaults.timeline().conferenceAfterObservation().most()),
                settings.timeline().conferenceAfterObservation());
        assertEquals(3, settings.dueSoonDays());
        assertEquals(SchoolDayWindow.of(0, 0), settings.timeline().acknowledgementAfterFinalization());
    }

    @Test
    @NonTransactional
    public void upgrade_shouldMakeEveryNumberAndFlagNotNull_andKeepEveryRow() throws Exception {
        // Given
        legacyRow("LINCOLN", everyColumn(true));
        legacyRow("ROOSEVELT", Map.of(SpaceSettingsEntity.COLUMN_CONFERENCE_MOST, 5));

        // When
        target.upgrade(CoachingUpgradeTask002.VERSION, activeObjects);

        // Then
        assertEquals(Map.of(), nullableColumns(NUMBERS_AND_FLAGS));
        assertEquals(2, activeObjects.count(SpaceSettingsEntity.class));
        assertThrows(SQLException.class, () -> entityManager.create(LegacySpaceSettingsEntity.class,
                new DBParam(SpaceSettingsEntity.COLUMN_SPACE_KEY, "JEFFERSON"),
                new DBParam(SpaceSettingsEntity.COLUMN_TIME_ZONE, DENVER.getId()),
                new DBParam(SpaceSettingsEntity.COLUMN_RUBRIC_NAME, "observation"),
                new DBParam(SpaceSettingsEntity.COLUMN_DIGEST_ENABLED, null)));
    }

    @Test
    @NonTransactional
    public void upgrade_shouldChangeNothing_whenRunAgain() throws Exception {
        // Given
        legacyRow("LINCOLN", everyColumn(false));
        legacyRow("ROOSEVELT", Map.of(SpaceSettingsEntity.COLUMN_CONFERENCE_MOST, 5));
        target.upgrade(CoachingUpgradeTask002.VERSION, activeObjects);
        SpaceSettings lincoln = repository().get("LINCOLN");
        SpaceSettings roosevelt = repository().get("ROOSEVELT");

        // When
        target.upgrade(target.getModelVersion(), activeObjects);

        // Then
        assertEquals(lincoln, repository().get("LINCOLN"));
        assertEquals(roosevelt, repository().get("ROOSEVELT"));
    }

    private AoSpaceSettingsRepository repository() {
        return new AoSpaceSettingsRepository(activeObjects, new FixedTimeZoneManager(DENVER));
    }

    /**
     * A row as the app wrote it: valid windows (the acknowledgement one starting on the finalization day, 0),
     * thresholds, and both flags set to {@code flag}.
     */
    private static Map<String, Object> everyColumn(boolean flag) {
        Map<String, Object> columns = new TreeMap<>();
        columns.put(SpaceSettingsEntity.COLUMN_CONFERENCE_FEWEST, 2);
        columns.put(SpaceSettingsEntity.COLUMN_CONFERENCE_MOST, 4);
        columns.put(SpaceSettingsEntity.COLUMN_SHARING_FEWEST, 1);
        columns.put(SpaceSettingsEntity.COLUMN_SHARING_MOST, 1);
        columns.put(SpaceSettingsEntity.COLUMN_FINALIZATION_FEWEST, 1);
        columns.put(SpaceSettingsEntity.COLUMN_FINALIZATION_MOST, 2);
        columns.put(SpaceSettingsEntity.COLUMN_ACKNOWLEDGEMENT_FEWEST, 0);
        columns.put(SpaceSettingsEntity.COLUMN_ACKNOWLEDGEMENT_MOST, 0);
        columns.put(SpaceSettingsEntity.COLUMN_DUE_SOON_DAYS, 3);
        columns.put(SpaceSettingsEntity.COLUMN_COVERAGE_WEEKS, 6);
        columns.put(SpaceSettingsEntity.COLUMN_SPS_MINIMUM_RESPONSES, 5);
        columns.put(SpaceSettingsEntity.COLUMN_RESTRICT_CYCLE_RECORDS, flag);
        columns.put(SpaceSettingsEntity.COLUMN_DIGEST_ENABLED, flag);
        return columns;
    }

    private void legacyRow(String spaceKey, Map<String, Object> numbersAndFlags) throws SQLException {
        List<DBParam> columns = new java.util.ArrayList<>(List.of(
                new DBParam(SpaceSettingsEntity.COLUMN_SPACE_KEY, spaceKey),
                new DBParam(SpaceSettingsEntity.COLUMN_TIME_ZONE, DENVER.getId()),
                new DBParam(SpaceSettingsEntity.COLUMN_RUBRIC_NAME, "observation")));
        numbersAndFlags.forEach((column, value) -> columns.add(new DBParam(column, value)));
        entityManager.create(LegacySpaceSettingsEntity.class, columns.toArray(DBParam[]::new));
    }

    /** Those of the columns the database still lets hold NULL, with their JDBC nullability. */
    private Map<String, String> nullableColumns(List<String> names) throws SQLException {
        Map<String, String> nullable = new TreeMap<>();
        try (Connection connection = entityManager.getProvider().getConnection();
             ResultSet columns = connection.getMetaData().getColumns(null, null, TABLE, "%")) {
            while (columns.next()) {
                String name = columns.getString("COLUMN_NAME").replace("\"", "");
                if (names.contains(name) && !"NO".equals(columns.getString("IS_NULLABLE"))) {
                    nullable.put(name, columns.getString("IS_NULLABLE"));
                }
            }
        }
        return nullable;
    }

    public static final class PreviousSchema implements DatabaseUpdater {
        @SuppressWarnings("unchecked")
        @Override
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(LegacySpaceSettingsEntity.class);
        }
    }
}
