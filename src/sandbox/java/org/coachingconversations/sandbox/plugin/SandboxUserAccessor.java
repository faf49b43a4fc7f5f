package org.coachingconversations.sandbox.plugin;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import java.util.List;
import org.coachingconversations.sandbox.data.SandboxStore;

/**
 * Confluence's user accessor over the sandbox's users, by name or by the key its {@code UserManager} hands out; null
 * for a name or key nobody has, as in Confluence. Groups are the sandbox's groups, by exact name.
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

    @Override
    public Group getGroup(String name) {
        return name != null && store.groups().contains(name) ? new SandboxGroup(name) : null;
    }

    @Override
    public List<Group> getGroupsAsList() {
        return store.groups().stream().<Group>map(SandboxGroup::new).toList();
    }

    private record SandboxGroup(String name) implements Group {
        @Override
        public String getName() {
            return name;
        }
    }
}
