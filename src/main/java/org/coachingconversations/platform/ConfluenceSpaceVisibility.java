package org.coachingconversations.platform;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.Optional;
import org.coachingconversations.domain.dashboard.SpaceVisibility;
import org.springframework.stereotype.Component;

/**
 * Asks Confluence whether a person may view a space (the space's view permission). A user key that names nobody
 * sees nothing, not what an anonymous visitor would see; failures propagate, so the caller keeps things closed.
 */
@Component
public class ConfluenceSpaceVisibility implements SpaceVisibility {

    private final SpaceManager spaceManager;
    private final PermissionManager permissionManager;
    private final UserManager userManager;
    private final UserAccessor userAccessor;

    public ConfluenceSpaceVisibility(SpaceManager spaceManager, PermissionManager permissionManager,
            UserManager userManager, UserAccessor userAccessor) {
        this.spaceManager = spaceManager;
        this.permissionManager = permissionManager;
        this.userManager = userManager;
        this.userAccessor = userAccessor;
    }

    @Override
    public boolean canView(Optional<String> viewerKey, String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            return false;
        }
        ConfluenceUser viewer = null;
        if (viewerKey.isPresent()) {
            UserProfile profile = userManager.getUserProfile(new UserKey(viewerKey.get()));
            viewer = profile == null || profile.getUsername() == null ? null
                    : userAccessor.getUserByName(profile.getUsername());
            if (viewer == null) {
                return false;
            }
        }
        Space space = spaceManager.getSpace(spaceKey);
        return space != null && permissionManager.hasPermission(viewer, Permission.VIEW, space);
    }
}
