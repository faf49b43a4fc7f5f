package org.coachingconversations.domain.followup;

import java.util.HashMap;
import java.util.Map;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.timeline.TimelineSettings;

/** A calendar per space, with a default for spaces nobody configured; default timeline settings. */
final class FixedSpaceSchedules implements SpaceSchedules {

    private final Map<String, SchoolCalendar> calendars = new HashMap<>();
    private final SchoolCalendar fallback;

    FixedSpaceSchedules(SchoolCalendar fallback) {
        this.fallback = fallback;
    }

    FixedSpaceSchedules with(String spaceKey, SchoolCalendar calendar) {
        calendars.put(spaceKey, calendar);
        return this;
    }

    @Override
    public SchoolCalendar calendarFor(String spaceKey) {
        return calendars.getOrDefault(spaceKey, fallback);
    }

    @Override
    public TimelineSettings timelineSettingsFor(String spaceKey) {
        return TimelineSettings.defaults();
    }
}
