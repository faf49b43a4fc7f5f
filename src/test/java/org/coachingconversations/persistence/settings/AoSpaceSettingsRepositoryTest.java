package org.coachingconversations.persistence.settings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.coachingconversations.domain.calendar.Holiday;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.timeline.SchoolDayWindow;
import org.coachingconversations.domain.timeline.TimelineSettings;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.sal.FixedTimeZoneManager;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import static org.coachingconversations.domain.settings.SpaceSettingsTestData.DENVER;
import static org.coachingconversations.domain.settings.SpaceSettingsTestData.aConfiguredSpace;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

@RunWith(ActiveObjectsTestRunner.class)
@Data(AoSpaceSettingsRepositoryTest.Tables.class)
public class AoSpaceSettingsRepositoryTest {

    private static final ZoneId SITE_ZONE = ZoneId.of("America/New_York");
    private static final String TABLE = "AO_16E8C7_SPACE_SETTINGS";

    private EntityManager entityManager;
    private EntityManagerActiveObjects activeObjects;
    private FixedTimeZoneManager siteTimeZone;
    private AoSpaceSettingsRepository target;

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        siteTimeZone = new FixedTimeZoneManager(SITE_ZONE);
        target = new AoSpaceSettingsRepository(activeObjects, siteTimeZone);
    }

    @Test
    public void get_shouldReturnTheDefaultsInTheSiteZone_whenTheSpaceWasNeverConfigured() {
        // When
        SpaceSettings settings = target.get("LINCOLN");

        // Then
        assertEquals(SpaceSettings.defaults(SITE_ZONE), settings);
        assertEquals(0, activeObjects.count(SpaceSettingsEntity.class));
    }

    @Test
    public void get_shouldFollowTheSiteZone_whenTheAdministratorChangesIt() {
        // Given
        siteTimeZone.change(ZoneId.of("Pacific/Honolulu"));

        // When
        SchoolCalendar calendar = target.get("LINCOLN").calendar();

        // Then
        assertEquals(ZoneId.of("Pacific/Honolulu"), calendar.zone());
    }

    @Test
    public void calendarsFor_shouldGiveEachSpaceItsOwnCalendar_andTheSiteDefaultToSpacesNobodyConfigured() {
        // Given
        target.save("BERLIN", aConfiguredSpace().zone(ZoneId.of("Europe/Berlin")).build());
        target.save("BOARDING", aConfiguredSpace().weekendDays(List.of()).build());

        // When
        Map<String, SchoolCalendar> calendars = target.calendarsFor(List.of("BERLIN", "LINCOLN", "BOARDING"));

        // Then
        assertEquals(Set.of("BERLIN", "LINCOLN", "BOARDING"), calendars.keySet());
        assertEquals(target.get("BERLIN").calendar().zone(), calendars.get("BERLIN").zone());
        assertEquals(ZoneId.of("Europe/Berlin"), calendars.get("BERLIN").zone());
        assertEquals(SITE_ZONE, calendars.get("LINCOLN").zone());
        assertEquals(Set.of(), calendars.get("BOARDING").weekendDays());
    }

    @Test
    public void timeZonesInUse_shouldListTheConfiguredZonesAndTheSiteZone_eachOnce() {
        // Given
        target.save("BERLIN", aConfiguredSpace().zone(ZoneId.of("Europe/Berlin")).build());
        target.save("MUNICH", aConfiguredSpace().zone(ZoneId.of("Europe/Berlin")).build());
        target.save("LINCOLN", aConfiguredSpace().build());

        // When
        Set<ZoneId> zones = target.timeZonesInUse();

        // Then
        assertEquals(Set.of(ZoneId.of("Europe/Berlin"), DENVER, SITE_ZONE), zones);
    }

    @Test
    public void timeZonesInUse_shouldAnswerTheZoneWhereTodayIsLatest_whenAStoredZoneIsUnreadable() {
        // Given: what a hand edit could leave behind
        target.save("LINCOLN", aConfiguredSpace().build());
        SpaceSettingsEntity row = activeObjects.find(SpaceSettingsEntity.class)[0];
        row.setTimeZone("Mars/Olympus_Mons");
        row.save();

        // When
        Set<ZoneId> zones = target.timeZonesInUse();

        // Then
        assertEquals(Set.of(ZoneOffset.MAX), zones);
    }

    @Test
    public void save_shouldStoreEverySetting_andGetShouldReturnThemUnchanged() {
        // Given
        SpaceSettings configured = aConfiguredSpace().build();

        // When
        target.save("LINCOLN", configured);
        SpaceSettings loaded = target.get("LINCOLN");

        // Then
        assertEquals(configured, loaded);
        assertEquals(DENVER, loaded.calendar().zone());
        assertEquals(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), loaded.calendar().weekendDays());
        assertEquals(TimelineSettings.of(3, 3, 1, 1, 2, 4, 1, 10), loaded.timeline());
        assertEquals(Optional.of("Lincoln Elementary leaders"), loaded.leadersGroupName());
        assertFalse(loaded.restrictCycleRecords());
        assertFalse(loaded.digestEnabled());
        assertEquals(List.of("1a Demonstrating knowledge of content", "3b Using questioning techniques"),
                loaded.rubricElements());
    }

    @Test
    public void save_shouldKeepAWinterBreakAcrossNewYear_andSingleDays() {
        // Given
        SpaceSettings configured = SpaceSettings.builder(ZoneId.of("Europe/Berlin"))
                .holiday(Holiday.between("Winter break", LocalDate.of(2026, 12, 23), LocalDate.of(2027, 1, 6)))
                .holiday(Holiday.on("Unity Day / Tag der Deutschen Einheit", LocalDate.of(2026, 10, 3)))
                .holiday(Holiday.on("", LocalDate.of(2027, 2, 15)))
                .build();

        // When
        target.save("BERLIN", configured);
        SchoolCalendar calendar = target.get("BERLIN").calendar();

        // Then
        assertEquals(List.of(
                        Holiday.on("Unity Day / Tag der Deutschen Einheit", LocalDate.of(2026, 10, 3)),
                        Holiday.between("Winter break", LocalDate.of(2026, 12, 23), LocalDate.of(2027, 1, 6)),
                        Holiday.on("", LocalDate.of(2027, 2, 15))),
                calendar.holidays());
        assertEquals(ZoneId.of("Europe/Berlin"), calendar.zone());
        assertFalse(calendar.isSchoolDay(LocalDate.of(2027, 1, 4)));
        assertEquals(LocalDate.of(2027, 1, 7), calendar.plusSchoolDays(LocalDate.of(2026, 12, 22), 1));
    }

    @Test
    public void save_shouldStoreHolidaysInTheDocumentedTextFormat() throws SQLException {
        // Given
        SpaceSettings configured = SpaceSettings.builder(DENVER)
                .holiday(Holiday.on("Thanksgiving", LocalDate.of(2026, 11, 26)))
                .holiday(Holiday.between("Winter break", LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 1)))
                .weekendDays(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY)
                .build();

        // When
        target.save("LINCOLN", configured);

        // Then
        assertEquals("2026-11-26 Thanksgiving\n2026-12-21/2027-01-01 Winter break",
                storedText(SpaceSettingsEntity.COLUMN_HOLIDAYS, "LINCOLN"));
        assertEquals("SATURDAY,SUNDAY", storedText(SpaceSettingsEntity.COLUMN_WEEKEND_DAYS, "LINCOLN"));
    }

    @Test
    public void save_shouldKeepSchoolEveryDay_whenNoWeekendDaysAreSet() {
        // Given
        SpaceSettings configured = SpaceSettings.builder(DENVER).weekendDays(List.of()).build();

        // When
        target.save("BOARDING", configured);

        // Then
        assertEquals(Set.of(), target.get("BOARDING").calendar().weekendDays());
    }

    @Test
    public void save_shouldReplaceTheEarlierSettings_leavingOneRow() {
        // Given
        target.save("LINCOLN", aConfiguredSpace().build());
        SpaceSettings changed = target.get("LINCOLN").toBuilder().coverageWeeks(8).holidays(List.of()).build();

        // When
        target.save("LINCOLN", changed);

        // Then
        assertEquals(changed, target.get("LINCOLN"));
        assertEquals(1, activeObjects.count(SpaceSettingsEntity.class));
    }

    @Test
    public void save_shouldLeaveOtherSpacesAlone() {
        // Given
        target.save("WASHINGTON", SpaceSettings.defaults(DENVER).toBuilder().spsMinimumResponses(5).build());

        // When
        target.save("LINCOLN", aConfiguredSpace().build());

        // Then
        assertEquals(5, target.get("WASHINGTON").spsMinimumResponses());
        assertEquals(SpaceSettings.defaults(SITE_ZONE), target.get("ADAMS"));
    }

    @Test
    public void save_shouldRefuseABlankSpaceKey() {
        // When
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> target.save(" ", SpaceSettings.defaults(DENVER)));

        // Then
        assertEquals("Space key: a space key is required.", thrown.getMessage());
        assertEquals(0, activeObjects.count(SpaceSettingsEntity.class));
    }

    @Test
    public void save_shouldStoreTheLongestValuesEachSettingAllows() {
        // Given
        LocalDate start = LocalDate.of(2026, 1, 1);
        SpaceSettings largest = SpaceSettings.builder(ZoneId.of("America/Argentina/ComodRivadavia"))
                .holidays(IntStream.range(0, SpaceSettings.MAX_HOLIDAYS)
                        .mapToObj(n -> Holiday.between("ü".repeat(Holiday.MAX_NAME_LENGTH - 4) + n,
                                start.plusDays(n), start.plusDays(n + 365)))
                        .toList())
                .leadersGroup("g".repeat(SpaceSettings.MAX_LEADERS_GROUP_LENGTH))
                .rubricName("r".repeat(SpaceSettings.MAX_RUBRIC_NAME_LENGTH))
                .rubricElements(IntStream.range(0, SpaceSettings.MAX_RUBRIC_ELEMENTS)
                        .mapToObj(n -> n + "e".repeat(SpaceSettings.MAX_RUBRIC_ELEMENT_LENGTH - 3))
                        .toList())
                .build();

        // When
        target.save("~" + "k".repeat(AoSpaceSettingsRepository.MAX_SPACE_KEY_LENGTH - 1), largest);

        // Then
        assertEquals(largest, target.get("~" + "k".repeat(AoSpaceSettingsRepository.MAX_SPACE_KEY_LENGTH - 1)));
    }

    @Test
    public void get_shouldNameTheSpaceAndTheLine_whenStoredHolidaysCannotBeRead() {
        // Given
        target.save("LINCOLN", aConfiguredSpace().build());
        overwriteHolidays("2026-11-26 Thanksgiving\n2026-13-01 Typo", "LINCOLN");

        // When
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> target.get("LINCOLN"));

        // Then
        assertTrue(thrown.getMessage(), thrown.getMessage().startsWith("The stored settings of space \"LINCOLN\""
                + " cannot be read: HOLIDAYS line 2 (\"2026-13-01 Typo\") is not \"yyyy-mm-dd[/yyyy-mm-dd] name\""));
    }

    @Test
    public void calendarsFor_shouldReadSpacesBeyondOneQuerysList_whenAskedForMoreThanItHolds() {
        // Given
        List<String> spaceKeys = new ArrayList<>();
        for (int i = 0; i <= AoSpaceSettingsRepository.SPACES_PER_QUERY; i++) {
            spaceKeys.add("S" + i);
        }
        String lastSpace = spaceKeys.get(AoSpaceSettingsRepository.SPACES_PER_QUERY);
        target.save(lastSpace, aConfiguredSpace().zone(ZoneId.of("Europe/Berlin")).build());

        // When
        Map<String, SchoolCalendar> calendars = target.calendarsFor(spaceKeys);

        // Then
        assertEquals(spaceKeys, List.copyOf(calendars.keySet()));
        assertEquals(ZoneId.of("Europe/Berlin"), calendars.get(lastSpace).zone());
        assertEquals(SITE_ZONE, calendars.get("S0").zone());
    }

    @Test
    public void get_shouldReturnTheSpaceWindows() {
        // Given
        target.save("LINCOLN", SpaceSettings.defaults(DENVER).toBuilder().postConferenceWindow(0, 10).build());

        // When
        TimelineSettings timeline = target.get("LINCOLN").timeline();

        // Then
        assertEquals(SchoolDayWindow.of(0, 10), timeline.conferenceAfterObservation());
        assertEquals(TimelineSettings.defaults().sharingBeforeConference(), timeline.sharingBeforeConference());
    }

    @Test
    public void spaceRemoved_shouldDeleteOnlyThatSpacesSettings() {
        // Given
        target.save("LINCOLN", aConfiguredSpace().build());
        target.save("WASHINGTON", aConfiguredSpace().coverageWeeks(2).build());

        // When
        target.spaceRemoved("LINCOLN");

        // Then
        assertEquals(SpaceSettings.defaults(SITE_ZONE), target.get("LINCOLN"));
        assertEquals(2, target.get("WASHINGTON").coverageWeeks());
        assertEquals(1, activeObjects.count(SpaceSettingsEntity.class));
    }

    @Test
    public void pageEvents_shouldLeaveTheSettingsUntouched() {
        // Given
        SpaceSettings configured = aConfiguredSpace().build();
        target.save("LINCOLN", configured);

        // When
        target.pageTrashed(1L);
        target.pageRestored(1L);
        target.pagePurged(1L);

        // Then
        assertEquals(configured, target.get("LINCOLN"));
    }

    @Test
    @NonTransactional
    public void save_shouldCommit_soAnotherNodeReadsTheNewSettings() {
        // Given
        SpaceSettings configured = aConfiguredSpace().build();

        // When
        target.save("LINCOLN", configured);

        // Then
        AoSpaceSettingsRepository otherNode = new AoSpaceSettingsRepository(
                new EntityManagerActiveObjects(entityManager), new FixedTimeZoneManager(SITE_ZONE));
        assertEquals(configured, otherNode.get("LINCOLN"));
    }

    private String storedText(String column, String spaceKey) throws SQLException {
        try (Connection connection = entityManager.getProvider().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT \"" + column + "\" FROM \"" + TABLE
                     + "\" WHERE \"" + SpaceSettingsEntity.COLUMN_SPACE_KEY + "\" = ?")) {
            select.setString(1, spaceKey);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue("no row for " + spaceKey, rows.next());
                return rows.getString(1);
            }
        }
    }

    /** What a hand edit or a broken migration could leave behind. */
    private void overwriteHolidays(String value, String spaceKey) {
        SpaceSettingsEntity row = activeObjects.find(SpaceSettingsEntity.class,
                SpaceSettingsEntity.COLUMN_SPACE_KEY + " = ?", spaceKey)[0];
        row.setHolidays(value);
        row.save();
    }

    public static final class Tables implements DatabaseUpdater {
        @SuppressWarnings("unchecked")
        @Override
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SpaceSettingsEntity.class);
        }
    }
}
