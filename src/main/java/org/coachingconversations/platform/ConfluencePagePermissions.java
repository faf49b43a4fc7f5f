package org.coachingconversations.platform;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.Optional;
import org.coachingconversations.domain.access.PagePermissions;
import org.springframework.stereotype.Component;

/**
 * Asks Confluence's {@link PermissionManager} about one page: VIEW covers space permission and every inherited view
 * restriction, EDIT the space's edit permission and the page's edit restrictions. A user key that names nobody is
 * refused, not treated as an anonymous visitor. The app's own stores hide the data of a page in the trash, so a
 * resource that passes this check still finds nothing there.
 */
@Component
public class ConfluencePagePermissions implements PagePermissions {

    private final PermissionManager permissionManager;
    private final PageManager pageManager;
    private final UserManager userManager;
    private final UserAccessor userAccessor;

    public ConfluencePagePermissions(PermissionManager permissionManager, PageManager pageManager,
            UserManager userManager, UserAccessor userAccessor) {
        this.permissionManager = permissionManager;
        this.pageManager = pageManager;
        this.userManager = userManager;
        this.userAccessor = userAccessor;
    }

    @Override
    public boolean canView(Optional<String> userKey, long pageId) {
        return has(userKey, pageId, Permission.VIEW);
    }

    @Override
    public boolean canEdit(Optional<String> userKey, long pageId) {
        return has(userKey, pageId, Permission.EDIT);
    }

    private boolean has(Optional<String> userKey, long pageId, Permission permission) {
        ConfluenceUser user = null;
        if (userKey.isPresent()) {
            UserProfile profile = userManager.getUserProfile(new UserKey(userKey.get()));
            user = profile == null || profile.getUsername() == null ? null
                    : userAccessor.getUserByName(profile.getUsername());
            if (user == null) {
                return false;
            }
        }
        AbstractPage page = pageId <= 0 ? null : pageManager.getAbstractPage(pageId);
        return page != null && permissionManager.hasPermission(user, permission, page);
    }
}
