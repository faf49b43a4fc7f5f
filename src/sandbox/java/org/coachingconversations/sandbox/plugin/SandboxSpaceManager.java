package org.coachingconversations.sandbox.plugin;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import org.coachingconversations.sandbox.data.SandboxStore;

/** The sandbox's spaces, by key, as the host's {@link SpaceManager} finds them; null for a key that names none. */
final class SandboxSpaceManager implements SpaceManager {

    private final SandboxStore store;

    SandboxSpaceManager(SandboxStore store) {
        this.store = store;
    }

    @Override
    public Space getSpace(String spaceKey) {
        return spaceKey == null ? null : store.space(spaceKey).map(space -> new Space(space.key())).orElse(null);
    }
}
