package org.coachingconversations.testing.access;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.access.PagePermissions;

/**
 * Page permissions as a test grants them: a person may view (or edit) a page only when granted; a check for a page
 * marked failing throws, as a host permission check can.
 */
public final class PagePermissionGrants implements PagePermissions {

    private final Set<String> viewers = new HashSet<>();
    private final Set<String> editors = new HashSet<>();
    private final Set<Long> failing = new HashSet<>();

    public PagePermissionGrants view(long pageId, String... userKeys) {
        for (String userKey : userKeys) {
            viewers.add(pageId + "/" + userKey);
        }
        return this;
    }

    public PagePermissionGrants edit(long pageId, String... userKeys) {
        for (String userKey : userKeys) {
            editors.add(pageId + "/" + userKey);
            viewers.add(pageId + "/" + userKey);
        }
        return this;
    }

    public PagePermissionGrants failFor(long pageId) {
        failing.add(pageId);
        return this;
    }

    @Override
    public boolean canView(Optional<String> userKey, long pageId) {
        return check(viewers, userKey, pageId);
    }

    @Override
    public boolean canEdit(Optional<String> userKey, long pageId) {
        return check(editors, userKey, pageId);
    }

    private boolean check(Set<String> grants, Optional<String> userKey, long pageId) {
        if (failing.contains(pageId)) {
            throw new IllegalStateException("The permission check for page " + pageId + " failed");
        }
        return userKey.isPresent() && grants.contains(pageId + "/" + userKey.get());
    }
}
