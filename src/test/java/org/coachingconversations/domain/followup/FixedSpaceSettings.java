package org.coachingconversations.domain.followup;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.settings.ScheduleSettings;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;

/**
 * A calendar per space, with a fallback for spaces nobody configured, and the default windows; counts how each
 * space's settings were asked for.
 */
public final class FixedSpaceSettings implements SpaceSettingsStore {

    private final Map<String, SchoolCalendar> calendars = new HashMap<>();
    private final SchoolCalendar fallback;
    private final Map<String, Integer> reads = new HashMap<>();
    private final List<List<String>> calendarsForCalls = new ArrayList<>();

    public FixedSpaceSettings(SchoolCalendar fallback) {
        this.fallback = fallback;
    }

    public FixedSpaceSettings with(String spaceKey, SchoolCalendar calendar) {
        calendars.put(spaceKey, calendar);
        return this;
    }

    @Override
    public SpaceSettings get(String spaceKey) {
        reads.merge(spaceKey, 1, Integer::sum);
        return ScheduleSettings.of(calendars.getOrDefault(spaceKey, fallback));
    }

    @Override
    public Map<String, SchoolCalendar> calendarsFor(Collection<String> spaceKeys) {
        calendarsForCalls.add(List.copyOf(spaceKeys));
        return SpaceSettingsStore.super.calendarsFor(spaceKeys);
    }

    @Override
    public Set<ZoneId> timeZonesInUse() {
        Set<ZoneId> zones = new HashSet<>();
        zones.add(fallback.zone());
        calendars.values().forEach(calendar -> zones.add(calendar.zone()));
        return zones;
    }

    @Override
    public void save(String spaceKey, SpaceSettings settings) {
        throw new UnsupportedOperationException("These settings are fixed.");
    }

    /** The spaces of each call asking for several calendars at once. */
    public List<List<String>> calendarsForCalls() {
        return List.copyOf(calendarsForCalls);
    }

    /** How often each space's settings were read, one by one or as part of a batch. */
    public Map<String, Integer> reads() {
        return Map.copyOf(reads);
    }
}
