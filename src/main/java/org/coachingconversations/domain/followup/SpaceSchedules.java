package org.coachingconversations.domain.followup;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.timeline.TimelineSettings;

/** Each space's calendar and deadline windows; a space nobody configured gets the defaults. */
public interface SpaceSchedules {

    SchoolCalendar calendarFor(String spaceKey);

    /**
     * The calendars of these spaces, by space key. A store may read them together (the overdue scan needs the
     * calendars of hundreds of spaces at once); by default each is read on its own.
     */
    default Map<String, SchoolCalendar> calendarsFor(Collection<String> spaceKeys) {
        Map<String, SchoolCalendar> calendars = new LinkedHashMap<>();
        for (String spaceKey : spaceKeys) {
            calendars.computeIfAbsent(spaceKey, this::calendarFor);
        }
        return calendars;
    }

    TimelineSettings timelineSettingsFor(String spaceKey);
}
