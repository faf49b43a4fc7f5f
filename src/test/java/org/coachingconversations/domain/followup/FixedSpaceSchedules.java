package org.coachingconversations.domain.followup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.timeline.TimelineSettings;

/** A calendar per space, with a default for spaces nobody configured; default timeline settings. */
final class FixedSpaceSchedules implements SpaceSchedules {

    private final Map<String, SchoolCalendar> calendars = new HashMap<>();
    private final SchoolCalendar fallback;
    private final Map<String, Integer> calendarReads = new HashMap<>();
    private final List<List<String>> calendarsForCalls = new ArrayList<>();

    FixedSpaceSchedules(SchoolCalendar fallback) {
        this.fallback = fallback;
    }

    FixedSpaceSchedules with(String spaceKey, SchoolCalendar calendar) {
        calendars.put(spaceKey, calendar);
        return this;
    }

    @Override
    public SchoolCalendar calendarFor(String spaceKey) {
        calendarReads.merge(spaceKey, 1, Integer::sum);
        return calendars.getOrDefault(spaceKey, fallback);
    }

    @Override
    public Map<String, SchoolCalendar> calendarsFor(Collection<String> spaceKeys) {
        calendarsForCalls.add(List.copyOf(spaceKeys));
        return SpaceSchedules.super.calendarsFor(spaceKeys);
    }

    /** The spaces of each call asking for several calendars at once. */
    List<List<String>> calendarsForCalls() {
        return List.copyOf(calendarsForCalls);
    }

    /** How often each space's calendar was asked for. */
    Map<String, Integer> calendarReads() {
        return Map.copyOf(calendarReads);
    }

    @Override
    public TimelineSettings timelineSettingsFor(String spaceKey) {
        return TimelineSettings.defaults();
    }
}
