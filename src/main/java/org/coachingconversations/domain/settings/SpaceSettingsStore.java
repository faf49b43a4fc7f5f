package org.coachingconversations.domain.settings;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.coachingconversations.domain.calendar.SchoolCalendar;

/**
 * Each space's settings, kept for the whole cluster: the one port through which they are read, whole or only their
 * calendar and windows ({@link SpaceSettings#calendar()}, {@link SpaceSettings#timeline()}). A space nobody has
 * configured has the defaults ({@link SpaceSettings#defaults}) in the site's default time zone.
 */
public interface SpaceSettingsStore {

    /** The space's settings; the defaults when nobody has saved any. */
    SpaceSettings get(String spaceKey);

    /**
     * The calendars of these spaces, by space key, each space once. The overdue scan needs the calendars of hundreds
     * of spaces at once, so a store may read them together; by default each space is read on its own.
     */
    default Map<String, SchoolCalendar> calendarsFor(Collection<String> spaceKeys) {
        Map<String, SchoolCalendar> calendars = new LinkedHashMap<>();
        for (String spaceKey : spaceKeys) {
            calendars.computeIfAbsent(spaceKey, key -> get(key).calendar());
        }
        return calendars;
    }

    /**
     * Every time zone a space's calendar may be in: those of the configured spaces and the zone of the spaces nobody
     * configured. The overdue scan reads only steps due before the latest today among them, so that a step due today
     * everywhere is not read on a quiet night. A store that cannot tell answers {@link ZoneOffset#MAX}, the zone where
     * today is latest, which makes the scan read every step due before the latest date on Earth.
     */
    default Set<ZoneId> timeZonesInUse() {
        return Set.of(ZoneOffset.MAX);
    }

    /**
     * Replaces the space's settings with these.
     *
     * @throws IllegalArgumentException naming the space key when it is blank or too long
     */
    void save(String spaceKey, SpaceSettings settings);
}
