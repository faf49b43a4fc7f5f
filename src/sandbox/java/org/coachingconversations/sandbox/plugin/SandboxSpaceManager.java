package org.coachingconversations.sandbox.plugin;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import org.coachingconversations.sandbox.data.SandboxStore;

/** Confluence's space manager over the sandbox's spaces: the space with that key, or null as in Confluence. */
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
