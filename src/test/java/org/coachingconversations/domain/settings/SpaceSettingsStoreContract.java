package org.coachingconversations.domain.settings;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.junit.Test;

/**
 * What every {@link SpaceSettingsStore} does, the in-memory fake as much as the SQL. A subclass sets {@link #target}
 * in its {@code @Before}, with {@link #SITE_ZONE} as the site's default time zone.
 */
public abstract class SpaceSettingsStoreContract {

    protected static final ZoneId SITE_ZONE = ZoneId.of("America/New_York");
    private static final ZoneId DENVER = ZoneId.of("America/Denver");

    protected SpaceSettingsStore target;

    @Test
    public void get_shouldAnswerTheDefaultsInTheSiteZone_whenNobodySavedAny() {
        // When
        SpaceSettings settings = target.get("LINCOLN");

        // Then
        assertEquals(SpaceSettings.defaults(SITE_ZONE), settings);
    }

    @Test
    public void save_shouldReplaceTheSpacesSettings_andLeaveOtherSpacesAlone() {
        // Given
        SpaceSettings first = SpaceSettings.defaults(DENVER).toBuilder().spsMinimumResponses(5).build();
        SpaceSettings second = SpaceSettings.defaults(DENVER).toBuilder().postConferenceWindow(0, 10).build();
        target.save("LINCOLN", first);

        // When
        target.save("LINCOLN", second);

        // Then
        assertEquals(second, target.get("LINCOLN"));
        assertEquals(SpaceSettings.defaults(SITE_ZONE), target.get("ADAMS"));
    }

    @Test
    public void calendarsFor_shouldAnswerWhatGetAnswers_eachSpaceOnceInTheOrderAsked() {
        // Given
        SpaceSettings boarding = SpaceSettings.builder(DENVER).weekendDays(List.of()).build();
        target.save("BOARDING", boarding);

        // When
        Map<String, SchoolCalendar> calendars = target.calendarsFor(List.of("BOARDING", "LINCOLN", "BOARDING"));

        // Then
        assertEquals(List.of("BOARDING", "LINCOLN"), List.copyOf(calendars.keySet()));
        assertEquals(boarding.calendar(), calendars.get("BOARDING"));
        assertEquals(SpaceSettings.defaults(SITE_ZONE).calendar(), calendars.get("LINCOLN"));
    }

    @Test
    public void getAndSave_shouldRefuseABlankOrOverlongSpaceKey_andSaveNothing() {
        // Given
        String overlong = "K".repeat(256);

        // When
        List<String> messages = List.of(
                assertThrows(IllegalArgumentException.class,
                        () -> target.save(" ", SpaceSettings.defaults(DENVER))).getMessage(),
                assertThrows(IllegalArgumentException.class, () -> target.get(null)).getMessage(),
                assertThrows(IllegalArgumentException.class,
                        () -> target.save(overlong, SpaceSettings.defaults(DENVER))).getMessage());

        // Then
        assertEquals(List.of("Space key: a space key is required.", "Space key: a space key is required.",
                "Space key: \"KKKKKKKKKKKKKKKKKKKK\u2026\" has 256 characters; the limit is 255."), messages);
    }
}
