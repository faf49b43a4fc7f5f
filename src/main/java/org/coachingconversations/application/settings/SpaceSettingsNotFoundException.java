package org.coachingconversations.application.settings;

/**
 * The space does not exist, or the caller does not administer it: both are answered alike, so that the settings page
 * and its REST resource never tell someone who may not see them whether a space exists.
 */
public final class SpaceSettingsNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SpaceSettingsNotFoundException() {
        super("Not found.");
    }
}
