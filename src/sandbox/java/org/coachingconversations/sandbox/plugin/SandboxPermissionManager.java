package org.coachingconversations.sandbox.plugin;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import org.coachingconversations.sandbox.data.Permissions;
import org.coachingconversations.sandbox.data.SpaceAdministrators;

/**
 * The host's permission checks over the sandbox's space permissions and page restrictions. Viewing and editing a page are
 * known here, and viewing a space; a page in the trash cannot be viewed, and the sandbox has no anonymous access.
 * ADMINISTER on a space is the sandbox's space administrators ({@link SpaceAdministrators}).
 */
final class SandboxPermissionManager implements PermissionManager {

    private final Permissions permissions;
    private final SpaceAdministrators administrators;

    SandboxPermissionManager(Permissions permissions, SpaceAdministrators administrators) {
        this.permissions = permissions;
        this.administrators = administrators;
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        if (permission == Permission.ADMINISTER) {
            return user instanceof SandboxConfluenceUser sandboxUser && target instanceof Space space
                    && administrators.administers(sandboxUser.getName(), space.getKey());
        }
        if (permission != Permission.VIEW && permission != Permission.EDIT) {
            throw new UnsupportedOperationException("The sandbox checks only the view, edit and administer"
                    + " permissions");
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
