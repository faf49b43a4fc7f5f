package org.coachingconversations.domain.settings;

import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.timeline.TimelineSettings;

/** Space settings that differ from the defaults only in their calendar and windows, for fakes of the store. */
public final class ScheduleSettings {

    private ScheduleSettings() {
    }

    public static SpaceSettings of(SchoolCalendar calendar, TimelineSettings timeline) {
        return SpaceSettings.builder(calendar.zone())
                .weekendDays(calendar.weekendDays())
                .holidays(calendar.holidays())
                .timeline(timeline)
                .build();
    }

    public static SpaceSettings of(SchoolCalendar calendar) {
        return of(calendar, TimelineSettings.defaults());
    }
}
