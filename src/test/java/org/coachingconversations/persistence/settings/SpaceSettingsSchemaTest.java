package org.coachingconversations.persistence.settings;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.sal.FixedTimeZoneManager;
import org.junit.Test;
import org.junit.runner.RunWith;

/** A space's numbers and flags are never "not set": each column is NOT NULL with the domain's default. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(SpaceSettingsSchemaTest.Tables.class)
public class SpaceSettingsSchemaTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");

    private EntityManager entityManager;

    @Test
    public void numbersAndFlags_shouldBeNotNull_withTheDomainsDefaults() {
        // Given
        SpaceSettings defaults = SpaceSettings.defaults(DENVER);
        Map<String, String> expected = new TreeMap<>();
        expected.put("getConferenceFewest", String.valueOf(defaults.timeline().conferenceAfterObservation().fewest()));
        expected.put("getConferenceMost", String.valueOf(defaults.timeline().conferenceAfterObservation().most()));
        expected.put("getSharingFewest", String.valueOf(defaults.timeline().sharingBeforeConference().fewest()));
        expected.put("getSharingMost", String.valueOf(defaults.timeline().sharingBeforeConference().most()));
        expected.put("getFinalizationFewest",
                String.valueOf(defaults.timeline().finalizationAfterConference().fewest()));
        expected.put("getFinalizationMost", String.valueOf(defaults.timeline().finalizationAfterConference().most()));
        expected.put("getAcknowledgementFewest",
                String.valueOf(defaults.timeline().acknowledgementAfterFinalization().fewest()));
        expected.put("getAcknowledgementMost",
                String.valueOf(defaults.timeline().acknowledgementAfterFinalization().most()));
        expected.put("getDueSoonDays", String.valueOf(defaults.dueSoonDays()));
        expected.put("getCoverageWeeks", String.valueOf(defaults.coverageWeeks()));
        expected.put("getSpsMinimumResponses", String.valueOf(defaults.spsMinimumResponses()));
        expected.put("isRestrictCycleRecords", String.valueOf(defaults.restrictCycleRecords()));
        expected.put("isDigestEnabled", String.valueOf(defaults.digestEnabled()));

        // When
        Map<String, String> declared = new TreeMap<>();
        for (Method getter : SpaceSettingsEntity.class.getDeclaredMethods()) {
            if (getter.getReturnType().isPrimitive() && getter.getParameterCount() == 0) {
                assertTrue(getter.getName() + " is NOT NULL", getter.isAnnotationPresent(NotNull.class));
                Default value = getter.getAnnotation(Default.class);
                declared.put(getter.getName(), value == null ? null : value.value());
            }
        }

        // Then
        assertEquals(expected, declared);
    }

    @Test
    public void get_shouldReadTheDomainsDefaults_whenARowNeverSetTheFlagsAndThresholds() throws Exception {
        // Given a row written without those columns (by hand, or by another node's older code)
        entityManager.create(SpaceSettingsEntity.class,
                new DBParam(SpaceSettingsEntity.COLUMN_SPACE_KEY, "LINCOLN"),
                new DBParam(SpaceSettingsEntity.COLUMN_TIME_ZONE, DENVER.getId()),
                new DBParam(SpaceSettingsEntity.COLUMN_RUBRIC_NAME, "observation"));

        // When
        SpaceSettings target = new AoSpaceSettingsRepository(new EntityManagerActiveObjects(entityManager),
                new FixedTimeZoneManager(DENVER)).get("LINCOLN");

        // Then: the restriction is on, not silently off (no weekend days is what a NULL there means)
        assertEquals(SpaceSettings.builder(DENVER).weekendDays(List.of()).build(), target);
    }

    public static final class Tables implements DatabaseUpdater {
        @SuppressWarnings("unchecked")
        @Override
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SpaceSettingsEntity.class);
        }
    }
}
