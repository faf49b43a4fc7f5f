package org.coachingconversations.platform;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.util.Optional;
import org.coachingconversations.domain.access.SpaceAdministration;
import org.springframework.stereotype.Component;

/**
 * Asks Confluence's {@link PermissionManager} whether someone has {@link Permission#ADMINISTER} on a space: the
 * space's "Admin" permission, which Confluence administrators also hold. A space key that names no space, an
 * anonymous visitor and a user key that names nobody are refused.
 */
@Component
public class ConfluenceSpaceAdministration implements SpaceAdministration {

    private final PermissionManager permissionManager;
    private final SpaceManager spaceManager;
    private final UserAccessor userAccessor;

    public ConfluenceSpaceAdministration(PermissionManager permissionManager, SpaceManager spaceManager,
            UserAccessor userAccessor) {
        this.permissionManager = permissionManager;
        this.spaceManager = spaceManager;
        this.userAccessor = userAccessor;
    }

    @Override
    public boolean mayAdminister(Optional<String> userKey, String spaceKey) {
        if (userKey.isEmpty() || spaceKey == null || spaceKey.isBlank()) {
            return false;
        }
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(userKey.get()));
        Space space = spaceManager.getSpace(spaceKey);
        return user != null && space != null && permissionManager.hasPermission(user, Permission.ADMINISTER, space);
    }
}
