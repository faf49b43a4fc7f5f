package org.coachingconversations.domain.settings;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
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
     * Replaces the space's settings with these.
     *
     * @throws IllegalArgumentException naming the space key when it is blank or too long
     */
    void save(String spaceKey, SpaceSettings settings);
}
