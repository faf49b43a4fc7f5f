package org.coachingconversations.sandbox.plugin;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import org.coachingconversations.sandbox.data.SandboxStore;

/**
 * Confluence's user accessor over the sandbox's users, by name or by the key its {@code UserManager} hands out; null
 * for a name or key nobody has, as in Confluence.
 */
final class SandboxUserAccessor implements UserAccessor {

    private final SandboxStore store;

    SandboxUserAccessor(SandboxStore store) {
        this.store = store;
    }

    @Override
    public ConfluenceUser getUserByName(String name) {
        return name == null ? null : store.user(name).map(user -> new SandboxConfluenceUser(user.username())).orElse(null);
    }

    @Override
    public ConfluenceUser getUserByKey(UserKey key) {
        if (key == null || key.getStringValue() == null) {
            return null;
        }
        return store.users().stream()
                .filter(user -> SandboxUserManager.userKeyOf(user.username()).equals(key.getStringValue()))
                .findFirst().map(user -> new SandboxConfluenceUser(user.username())).orElse(null);
    }
}
