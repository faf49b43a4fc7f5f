package org.coachingconversations.domain.settings;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Each space's settings in a map, the defaults in the site's zone for the others; refuses the space keys the SQL
 * store refuses. {@link InMemorySpaceSettingsStoreTest} holds it to the contract that store passes.
 */
public final class InMemorySpaceSettingsStore implements SpaceSettingsStore {

    private static final int MAX_SPACE_KEY_LENGTH = 255;

    private final Map<String, SpaceSettings> settings = new HashMap<>();
    private final ZoneId siteZone;

    public InMemorySpaceSettingsStore(ZoneId siteZone) {
        this.siteZone = Objects.requireNonNull(siteZone, "siteZone");
    }

    @Override
    public SpaceSettings get(String spaceKey) {
        return settings.getOrDefault(validSpaceKey(spaceKey), SpaceSettings.defaults(siteZone));
    }

    @Override
    public void save(String spaceKey, SpaceSettings value) {
        String key = validSpaceKey(spaceKey);
        settings.put(key, Objects.requireNonNull(value, "settings"));
    }

    private static String validSpaceKey(String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("Space key: a space key is required.");
        }
        if (spaceKey.length() > MAX_SPACE_KEY_LENGTH) {
            throw new IllegalArgumentException("Space key: \"" + spaceKey.substring(0, 20) + "\u2026\" has "
                    + spaceKey.length() + " characters; the limit is " + MAX_SPACE_KEY_LENGTH + ".");
        }
        return spaceKey;
    }
}
