package org.coachingconversations.persistence.settings;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.TimeZone;
import net.java.ao.Query;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.lifecycle.PageDataLifecycle;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.springframework.stereotype.Component;

/**
 * Space settings in Active Objects, one row per configured space. A space without a row has the defaults, in the
 * site's default time zone as Confluence's general configuration sets it (so an unconfigured space follows that
 * setting when it changes).
 *
 * <p>Settings belong to the space, not to a page: trashing, restoring or purging a page leaves them alone; removing
 * the space deletes them.
 */
@Component
public class AoSpaceSettingsRepository implements SpaceSettingsStore, PageDataLifecycle {

    /** Confluence's own limit for a space key column. */
    static final int MAX_SPACE_KEY_LENGTH = 255;

    /** Space keys in one {@code IN (...)} list; Oracle allows at most 1000. */
    static final int SPACES_PER_QUERY = 500;

    private final ActiveObjects activeObjects;
    private final TimeZoneManager timeZones;

    public AoSpaceSettingsRepository(ActiveObjects activeObjects, TimeZoneManager timeZones) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
        this.timeZones = Objects.requireNonNull(timeZones, "timeZones");
    }

    @Override
    public SpaceSettings get(String spaceKey) {
        String key = validSpaceKey(spaceKey);
        // Two nodes saving a space's first settings at once can leave two rows; the later save wins until the next.
        return Arrays.stream(rowsOf(key))
                .max(Comparator.comparingInt(SpaceSettingsEntity::getID))
                .map(SpaceSettingsMapper::toDomain)
                .orElseGet(() -> SpaceSettings.defaults(siteZone()));
    }

    @Override
    public void save(String spaceKey, SpaceSettings settings) {
        String key = validSpaceKey(spaceKey);
        Objects.requireNonNull(settings, "settings");
        activeObjects.executeInTransaction(() -> {
            deleteRowsOf(key);
            return activeObjects.create(SpaceSettingsEntity.class, SpaceSettingsMapper.toColumns(key, settings));
        });
    }

    /** One query per {@value #SPACES_PER_QUERY} spaces; spaces without a row get the defaults. */
    @Override
    public Map<String, SchoolCalendar> calendarsFor(Collection<String> spaceKeys) {
        List<String> keys = spaceKeys.stream().map(AoSpaceSettingsRepository::validSpaceKey).distinct().toList();
        Map<String, SpaceSettingsEntity> latestRow = new HashMap<>();
        for (int from = 0; from < keys.size(); from += SPACES_PER_QUERY) {
            List<String> chunk = keys.subList(from, Math.min(from + SPACES_PER_QUERY, keys.size()));
            SpaceSettingsEntity[] rows = activeObjects.find(SpaceSettingsEntity.class, Query.select().where(
                    SpaceSettingsEntity.COLUMN_SPACE_KEY + " IN (" + String.join(", ", Collections.nCopies(
                            chunk.size(), "?")) + ")", chunk.toArray()));
            for (SpaceSettingsEntity row : rows) {
                // As in get: of two rows left by concurrent first saves, the later wins.
                latestRow.merge(row.getSpaceKey(), row, (a, b) -> a.getID() >= b.getID() ? a : b);
            }
        }
        Map<String, SchoolCalendar> calendars = new LinkedHashMap<>();
        for (String key : keys) {
            SpaceSettingsEntity row = latestRow.get(key);
            calendars.put(key, (row == null ? SpaceSettings.defaults(siteZone()) : SpaceSettingsMapper.toDomain(row))
                    .calendar());
        }
        return calendars;
    }

    /**
     * The zones of all configured spaces, read in one query of two columns, and the site's zone. A row whose zone
     * cannot be read (which {@link #get} refuses) makes the answer the zone where today is latest, so that the scan
     * never skips a step of that space.
     */
    @Override
    public Set<ZoneId> timeZonesInUse() {
        Set<String> zoneIds = new TreeSet<>();
        for (SpaceSettingsEntity row : activeObjects.find(SpaceSettingsEntity.class, Query.select(
                "ID, " + SpaceSettingsEntity.COLUMN_TIME_ZONE))) {
            zoneIds.add(String.valueOf(row.getTimeZone()));
        }
        Set<ZoneId> zones = new LinkedHashSet<>();
        zones.add(siteZone());
        for (String zoneId : zoneIds) {
            try {
                zones.add(ZoneId.of(zoneId));
            } catch (DateTimeException unreadable) {
                return Set.of(ZoneOffset.MAX);
            }
        }
        return zones;
    }

    /** Settings are per space: a page in the trash does not hide them. */
    @Override
    public void pageTrashed(long pageId) {
        // Nothing of a page is stored here.
    }

    @Override
    public void pageRestored(long pageId) {
        // Nothing of a page is stored here.
    }

    @Override
    public void pagePurged(long pageId) {
        // Nothing of a page is stored here.
    }

    @Override
    public void spaceRemoved(String spaceKey) {
        String key = validSpaceKey(spaceKey);
        activeObjects.executeInTransaction(() -> deleteRowsOf(key));
    }

    private SpaceSettingsEntity[] rowsOf(String spaceKey) {
        return activeObjects.find(SpaceSettingsEntity.class,
                Query.select().where(SpaceSettingsEntity.COLUMN_SPACE_KEY + " = ?", spaceKey));
    }

    private int deleteRowsOf(String spaceKey) {
        return activeObjects.deleteWithSQL(SpaceSettingsEntity.class,
                SpaceSettingsEntity.COLUMN_SPACE_KEY + " = ?", spaceKey);
    }

    private ZoneId siteZone() {
        TimeZone zone = timeZones.getDefaultTimeZone();
        return zone == null ? ZoneOffset.UTC : zone.toZoneId();
    }

    private static String validSpaceKey(String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("Space key: a space key is required.");
        }
        if (spaceKey.length() > MAX_SPACE_KEY_LENGTH) {
            throw new IllegalArgumentException("Space key: \"" + spaceKey.substring(0, 20) + "…\" has "
                    + spaceKey.length() + " characters; the limit is " + MAX_SPACE_KEY_LENGTH + ".");
        }
        return spaceKey;
    }
}
