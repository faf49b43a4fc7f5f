package org.coachingconversations.sandbox.data;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see what, in the two layers Confluence has: space view permission (granted to users and groups), then page
 * view restrictions, which a page inherits from every ancestor (a restricted parent hides its whole subtree from
 * whoever it does not list). Editing works the same way with the space's edit permission and the page's own edit
 * restrictions, which are not inherited. A page someone may not view does not exist for them: not in the tree, not in listings,
 * and its address answers "not found".
 */
public final class Permissions {

    private final SandboxStore store;

    public Permissions(SandboxStore store) {
        this.store = store;
    }

    public boolean canViewSpace(String username, String spaceKey) {
        return matchesAny(username, store.groupsOf(username), store.spaceViewers(spaceKey));
    }

    /** The page if it exists, is not in the trash and the user may view it. */
    public Optional<StoredPage> viewablePage(String username, long pageId) {
        return store.page(pageId).filter(page -> !page.trashed()).filter(page -> canView(username, page));
    }

    public boolean canView(String username, StoredPage page) {
        if (!canViewSpace(username, page.spaceKey())) {
            return false;
        }
        List<String> groups = store.groupsOf(username);
        Set<Long> seen = new HashSet<>();
        Optional<StoredPage> current = Optional.of(page);
        while (current.isPresent() && seen.add(current.get().id())) {
            List<Restriction> restrictions = store.viewRestrictions(current.get().id());
            if (!restrictions.isEmpty() && !matchesAny(username, groups, restrictions)) {
                return false;
            }
            long parentId = current.get().parentId();
            current = parentId == 0 ? Optional.empty() : store.page(parentId);
        }
        return true;
    }

    /**
     * Whether the user may edit the page: they may view it, the space lets them edit, and the page's own edit
     * restrictions (not inherited, as in Confluence) list them or are empty. Nobody edits a page in the trash.
     */
    public boolean canEdit(String username, StoredPage page) {
        if (page.trashed() || !canView(username, page)) {
            return false;
        }
        List<String> groups = store.groupsOf(username);
        if (!matchesAny(username, groups, store.spaceEditors(page.spaceKey()))) {
            return false;
        }
        List<Restriction> restrictions = store.editRestrictions(page.id());
        return restrictions.isEmpty() || matchesAny(username, groups, restrictions);
    }

    /** The page if it exists, is not in the trash and the user may edit it. */
    public Optional<StoredPage> editablePage(String username, long pageId) {
        return store.page(pageId).filter(page -> canEdit(username, page));
    }

    /** The space's current pages that the user may view, by id; a hidden page hides its subtree too. */
    public Map<Long, StoredPage> viewablePages(String username, String spaceKey) {
        Map<Long, StoredPage> viewable = new HashMap<>();
        if (!canViewSpace(username, spaceKey)) {
            return viewable;
        }
        for (StoredPage page : store.pages(spaceKey)) {
            if (canView(username, page)) {
                viewable.put(page.id(), page);
            }
        }
        return viewable;
    }

    private static boolean matchesAny(String username, List<String> groups, List<Restriction> entries) {
        return entries.stream().anyMatch(entry -> entry.kind() == Restriction.Kind.USER
                ? entry.name().equals(username)
                : groups.contains(entry.name()));
    }
}
