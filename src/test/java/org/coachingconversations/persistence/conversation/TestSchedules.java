package org.coachingconversations.persistence.conversation;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.settings.ScheduleSettings;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.timeline.TimelineSettings;

/** Saturday-Sunday weekends and the seed's windows, unless a test sets a space's own calendar or windows. */
final class TestSchedules implements SpaceSettingsStore {

    static final ZoneId ZONE = ZoneId.of("America/Denver");

    private final Map<String, SchoolCalendar> calendars = new HashMap<>();
    private final Map<String, TimelineSettings> windows = new HashMap<>();

    TestSchedules calendar(String spaceKey, SchoolCalendar calendar) {
        calendars.put(spaceKey, calendar);
        return this;
    }

    TestSchedules settings(String spaceKey, TimelineSettings timelineSettings) {
        windows.put(spaceKey, timelineSettings);
        return this;
    }

    @Override
    public SpaceSettings get(String spaceKey) {
        return ScheduleSettings.of(calendars.getOrDefault(spaceKey, SchoolCalendar.standard(ZONE)),
                windows.getOrDefault(spaceKey, TimelineSettings.defaults()));
    }

    @Override
    public void save(String spaceKey, SpaceSettings settings) {
        calendars.put(spaceKey, settings.calendar());
        windows.put(spaceKey, settings.timeline());
    }
}
