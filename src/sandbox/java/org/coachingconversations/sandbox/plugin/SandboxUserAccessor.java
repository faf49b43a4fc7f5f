package org.coachingconversations.sandbox.plugin;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import org.coachingconversations.sandbox.data.SandboxStore;

/** Confluence's user accessor over the sandbox's users; null for a name nobody has, as in Confluence. */
final class SandboxUserAccessor implements UserAccessor {

    private final SandboxStore store;

    SandboxUserAccessor(SandboxStore store) {
        this.store = store;
    }

    @Override
    public ConfluenceUser getUserByName(String name) {
        return name == null ? null : store.user(name).map(user -> new SandboxConfluenceUser(user.username())).orElse(null);
    }
}
