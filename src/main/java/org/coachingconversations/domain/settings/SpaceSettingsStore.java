package org.coachingconversations.domain.settings;

/**
 * Each space's settings, kept for the whole cluster. A space nobody has configured has the defaults
 * ({@link SpaceSettings#defaults}) in the site's default time zone.
 */
public interface SpaceSettingsStore {

    /** The space's settings; the defaults when nobody has saved any. */
    SpaceSettings get(String spaceKey);

    /**
     * Replaces the space's settings with these.
     *
     * @throws IllegalArgumentException naming the space key when it is blank or too long
     */
    void save(String spaceKey, SpaceSettings settings);
}
