package org.coachingconversations.application.quality;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.access.PagePermissions;

/** Page permissions granted one by one, for use-case tests; {@link #failing()} throws on every question. */
final class GrantedPagePermissions implements PagePermissions {

    private final Set<String> viewers = new HashSet<>();
    private final Set<String> editors = new HashSet<>();
    private boolean failing;

    GrantedPagePermissions view(String... userKeys) {
        viewers.addAll(Set.of(userKeys));
        return this;
    }

    GrantedPagePermissions edit(String... userKeys) {
        editors.addAll(Set.of(userKeys));
        viewers.addAll(Set.of(userKeys));
        return this;
    }

    GrantedPagePermissions failing() {
        failing = true;
        return this;
    }

    @Override
    public boolean canView(Optional<String> userKey, long pageId) {
        check();
        return userKey.filter(viewers::contains).isPresent();
    }

    @Override
    public boolean canEdit(Optional<String> userKey, long pageId) {
        check();
        return userKey.filter(editors::contains).isPresent();
    }

    private void check() {
        if (failing) {
            throw new IllegalStateException("permission service down");
        }
    }
}
