package org.coachingconversations.application.settings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.access.SpaceAdministration;
import org.coachingconversations.domain.people.UserGroups;
import org.coachingconversations.domain.settings.InvalidSpaceSettingsException;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsForm;
import org.coachingconversations.domain.settings.SpaceSettingsInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The space settings page and its REST resource: only the space's administrators read and change its settings. The
 * administrator check comes first, before anything of the space is read; a space that does not exist and one the
 * caller does not administer throw the same {@link SpaceSettingsNotFoundException}, and a check that fails counts as
 * "no". Saving goes through {@link SaveSpaceSettings}, which recomputes what depends on the calendar and windows.
 */
@Component
public class EditSpaceSettings {

    /** Enough for a picker's suggestions; a longer list is narrowed by typing more. */
    public static final int MAX_GROUPS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(EditSpaceSettings.class);

    private final SaveSpaceSettings settings;
    private final SpaceAdministration administration;
    private final UserGroups groups;

    @Autowired
    public EditSpaceSettings(SaveSpaceSettings settings, SpaceAdministration administration, UserGroups groups) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.administration = Objects.requireNonNull(administration, "administration");
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    /** @throws SpaceSettingsNotFoundException unless the caller administers the space */
    public SpaceSettings show(Optional<String> caller, String spaceKey) {
        requireAdministrator(caller, spaceKey);
        return settings.get(spaceKey);
    }

    /**
     * Replaces the space's settings with the typed ones; nothing is saved when any value is wrong.
     *
     * @throws SpaceSettingsNotFoundException unless the caller administers the space (checked before the input)
     * @throws InvalidSpaceSettingsException listing every problem, each naming its setting
     */
    public SavedSettings save(Optional<String> caller, String spaceKey, SpaceSettingsInput input) {
        requireAdministrator(caller, spaceKey);
        SpaceSettings valid = new SpaceSettingsForm(groups).read(input);
        int recomputed = settings.save(spaceKey, valid);
        return new SavedSettings(valid, recomputed);
    }

    /**
     * Groups for the leaders-group picker.
     *
     * @throws SpaceSettingsNotFoundException unless the caller administers the space
     */
    public List<String> findGroups(Optional<String> caller, String spaceKey, String query) {
        requireAdministrator(caller, spaceKey);
        return groups.find(query == null ? "" : query.strip(), MAX_GROUPS);
    }

    private void requireAdministrator(Optional<String> caller, String spaceKey) {
        if (caller.isEmpty() || spaceKey == null || spaceKey.isBlank() || !administers(caller, spaceKey)) {
            throw new SpaceSettingsNotFoundException();
        }
    }

    private boolean administers(Optional<String> caller, String spaceKey) {
        try {
            return administration.mayAdminister(caller, spaceKey);
        } catch (RuntimeException failure) {
            LOG.warn("Coaching Conversations: the space administrator check for space {} failed; answering not found",
                    spaceKey, failure);
            return false;
        }
    }

    /** Settings as saved, and how many Cycle Records had their post-conference window recomputed. */
    public record SavedSettings(SpaceSettings settings, int recomputedCycleRecords) {
    }
}
