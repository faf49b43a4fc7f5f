package org.coachingconversations.sandbox.plugin;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.security.ContentPermission;
import org.coachingconversations.sandbox.data.Restriction;
import org.coachingconversations.sandbox.data.SandboxStore;
import org.coachingconversations.sandbox.data.StoredPage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Page restrictions set by the plugin, kept as the sandbox's page view restrictions. View restrictions are
 * inherited by child pages, edit restrictions apply to the page itself, as in Confluence. A test
 * can make it refuse restrictions ({@link RestrictionRefusal}); a refused call changes nothing and throws. A change
 * of view restrictions publishes {@code ContentPermissionEvent}, as the host announces a change of permissions.
 */
final class SandboxContentPermissionManager implements ContentPermissionManager {

    private final SandboxStore store;
    private final RestrictionRefusal refusal;
    private final HostEvents events;

    SandboxContentPermissionManager(SandboxStore store, RestrictionRefusal refusal, HostEvents events) {
        this.store = store;
        this.refusal = refusal;
        this.events = events;
    }

    @Override
    public void setContentPermissions(Collection<ContentPermission> permissions, ContentEntityObject content,
                                      String type) {
        Optional<StoredPage> page = content == null ? Optional.empty() : store.page(content.getId());
        if (page.isEmpty()) {
            throw new IllegalArgumentException("No page " + (content == null ? null : content.getId())
                    + " to restrict");
        }
        List<Restriction> restrictions = new ArrayList<>();
        for (ContentPermission permission : permissions) {
            if (!type.equals(permission.getType())) {
                throw new IllegalArgumentException("A " + permission.getType() + " permission in a list of " + type
                        + " permissions");
            }
            if (permission.isUserPermission()) {
                if (!(permission.getUserSubject() instanceof SandboxConfluenceUser user)) {
                    throw new IllegalArgumentException("Not a user of this host: " + permission.getUserSubject());
                }
                restrictions.add(Restriction.user(user.getName()));
            } else if (permission.isGroupPermission()) {
                restrictions.add(Restriction.group(permission.getGroupName()));
            }
        }
        refuseIfTold(page.get(), restrictions);
        if (ContentPermission.VIEW_PERMISSION.equals(type)) {
            store.setViewRestrictions(content.getId(), restrictions);
            events.viewRestrictionsChanged(content.getId(), page.get().spaceKey());
        } else if (ContentPermission.EDIT_PERMISSION.equals(type)) {
            store.setEditRestrictions(content.getId(), restrictions);
        }
    }

    private void refuseIfTold(StoredPage page, List<Restriction> restrictions) {
        boolean refused = switch (refusal) {
            case NONE -> false;
            case EVERY_RESTRICTION -> true;
            case ANYONE_BUT_THE_CREATOR -> !restrictions.stream()
                    .allMatch(restriction -> restriction.equals(Restriction.user(page.creator())));
        };
        if (refused) {
            throw new IllegalStateException("The sandbox was told to refuse this restriction of page " + page.id()
                    + " (" + refusal + ")");
        }
    }
}
