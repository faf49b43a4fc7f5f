package org.coachingconversations.persistence.conversation;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.followup.SpaceSchedules;
import org.coachingconversations.domain.timeline.TimelineSettings;

/** Saturday-Sunday weekends and the seed's windows, unless a test sets a space's own. */
final class TestSchedules implements SpaceSchedules {

    static final ZoneId ZONE = ZoneId.of("America/Denver");

    private final Map<String, SchoolCalendar> calendars = new HashMap<>();
    private final Map<String, TimelineSettings> settings = new HashMap<>();

    TestSchedules calendar(String spaceKey, SchoolCalendar calendar) {
        calendars.put(spaceKey, calendar);
        return this;
    }

    TestSchedules settings(String spaceKey, TimelineSettings timelineSettings) {
        settings.put(spaceKey, timelineSettings);
        return this;
    }

    @Override
    public SchoolCalendar calendarFor(String spaceKey) {
        return calendars.getOrDefault(spaceKey, SchoolCalendar.standard(ZONE));
    }

    @Override
    public TimelineSettings timelineSettingsFor(String spaceKey) {
        return settings.getOrDefault(spaceKey, TimelineSettings.defaults());
    }
}
