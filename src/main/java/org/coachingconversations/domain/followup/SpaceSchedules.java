package org.coachingconversations.domain.followup;

import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.timeline.TimelineSettings;

/** Each space's calendar and deadline windows; a space nobody configured gets the defaults. */
public interface SpaceSchedules {

    SchoolCalendar calendarFor(String spaceKey);

    TimelineSettings timelineSettingsFor(String spaceKey);
}
