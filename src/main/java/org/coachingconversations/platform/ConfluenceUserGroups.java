package org.coachingconversations.platform;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.Group;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.coachingconversations.domain.people.UserGroups;
import org.springframework.stereotype.Component;

/**
 * Confluence's groups through its {@link UserAccessor}: a group exists when the accessor resolves its name; the
 * picker's suggestions are the groups whose name contains what was typed.
 */
@Component
public class ConfluenceUserGroups implements UserGroups {

    private final UserAccessor userAccessor;

    public ConfluenceUserGroups(UserAccessor userAccessor) {
        this.userAccessor = userAccessor;
    }

    @Override
    public boolean exists(String groupName) {
        return groupName != null && !groupName.isBlank() && userAccessor.getGroup(groupName) != null;
    }

    @Override
    public List<String> find(String query, int max) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return userAccessor.getGroupsAsList().stream().filter(Objects::nonNull).map(Group::getName)
                .filter(Objects::nonNull)
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(needle))
                .sorted(String.CASE_INSENSITIVE_ORDER).limit(Math.max(1, max)).toList();
    }
}
