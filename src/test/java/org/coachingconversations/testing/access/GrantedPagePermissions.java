package org.coachingconversations.testing.access;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.access.PagePermissions;

/**
 * The host's page permissions, granted page by page for tests; edit implies view, as in Confluence. {@link #failing()}
 * makes every question throw, as a host service in trouble does.
 */
public final class GrantedPagePermissions implements PagePermissions {

    private final Map<Long, Set<String>> viewers = new HashMap<>();
    private final Map<Long, Set<String>> editors = new HashMap<>();
    private boolean failing;

    public GrantedPagePermissions allowView(long pageId, String... userKeys) {
        viewers.computeIfAbsent(pageId, id -> new HashSet<>()).addAll(Set.of(userKeys));
        return this;
    }

    public GrantedPagePermissions allowEdit(long pageId, String... userKeys) {
        editors.computeIfAbsent(pageId, id -> new HashSet<>()).addAll(Set.of(userKeys));
        return allowView(pageId, userKeys);
    }

    public GrantedPagePermissions failing() {
        failing = true;
        return this;
    }

    @Override
    public boolean canView(Optional<String> userKey, long pageId) {
        return granted(viewers, userKey, pageId);
    }

    @Override
    public boolean canEdit(Optional<String> userKey, long pageId) {
        return granted(editors, userKey, pageId);
    }

    private boolean granted(Map<Long, Set<String>> grants, Optional<String> userKey, long pageId) {
        if (failing) {
            throw new IllegalStateException("permission service unavailable");
        }
        return userKey.filter(grants.getOrDefault(pageId, Set.of())::contains).isPresent();
    }
}
