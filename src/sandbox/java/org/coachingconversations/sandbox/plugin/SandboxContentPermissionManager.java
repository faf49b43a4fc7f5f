package org.coachingconversations.sandbox.plugin;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.security.ContentPermission;
import org.coachingconversations.sandbox.data.Restriction;
import org.coachingconversations.sandbox.data.SandboxStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Page restrictions set by the plugin, kept as the sandbox's page view restrictions. The sandbox enforces view
 * restrictions only; edit restrictions are accepted and not kept (docs/sandbox.md lists this simplification).
 */
final class SandboxContentPermissionManager implements ContentPermissionManager {

    private final SandboxStore store;

    SandboxContentPermissionManager(SandboxStore store) {
        this.store = store;
    }

    @Override
    public void setContentPermissions(Collection<ContentPermission> permissions, ContentEntityObject content,
                                      String type) {
        if (!ContentPermission.VIEW_PERMISSION.equals(type)) {
            return;
        }
        if (content == null || store.page(content.getId()).isEmpty()) {
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
        store.setViewRestrictions(content.getId(), restrictions);
    }
}
