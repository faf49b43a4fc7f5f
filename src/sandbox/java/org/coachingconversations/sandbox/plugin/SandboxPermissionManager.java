package org.coachingconversations.sandbox.plugin;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import org.coachingconversations.sandbox.data.Permissions;

/**
 * The host's permission checks over the sandbox's space permissions and page restrictions. Viewing and editing a page are
 * known here, and viewing a space; a page in the trash cannot be viewed, and the sandbox has no anonymous access.
 */
final class SandboxPermissionManager implements PermissionManager {

    private final Permissions permissions;

    SandboxPermissionManager(Permissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        if (permission != Permission.VIEW && permission != Permission.EDIT) {
            throw new UnsupportedOperationException("The sandbox checks only the view and edit permissions");
        }
        if (target instanceof Space space && user instanceof SandboxConfluenceUser spaceViewer
                && permission == Permission.VIEW) {
            return permissions.canViewSpace(spaceViewer.getName(), space.getKey());
        }
        if (!(user instanceof SandboxConfluenceUser sandboxUser) || !(target instanceof ContentEntityObject content)) {
            return false;
        }
        return permission == Permission.VIEW
                ? permissions.viewablePage(sandboxUser.getName(), content.getId()).isPresent()
                : permissions.editablePage(sandboxUser.getName(), content.getId()).isPresent();
    }
}
