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
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.followup.PageVisibility;
import org.springframework.stereotype.Component;

/**
 * Asks Confluence, page by page, whether a person may view a page now: the host's view permission covers space
 * permissions and page restrictions (inherited ones too). A user key that names nobody sees nothing, not what an
 * anonymous visitor would see; a page Confluence does not know is not visible. Failures propagate, so the caller
 * can keep things closed.
 */
@Component
public class ConfluencePageVisibility implements PageVisibility {

    private final PermissionManager permissionManager;
    private final PageManager pageManager;
    private final UserManager userManager;
    private final UserAccessor userAccessor;

    public ConfluencePageVisibility(PermissionManager permissionManager, PageManager pageManager,
            UserManager userManager, UserAccessor userAccessor) {
        this.permissionManager = permissionManager;
        this.pageManager = pageManager;
        this.userManager = userManager;
        this.userAccessor = userAccessor;
    }

    @Override
    public Set<Long> visiblePageIds(Optional<String> viewerKey, Collection<Long> pageIds) {
        ConfluenceUser viewer = null;
        if (viewerKey.isPresent()) {
            UserProfile profile = userManager.getUserProfile(new UserKey(viewerKey.get()));
            viewer = profile == null || profile.getUsername() == null ? null
                    : userAccessor.getUserByName(profile.getUsername());
            if (viewer == null) {
                return Set.of();
            }
        }
        Set<Long> visible = new HashSet<>();
        for (Long pageId : pageIds) {
            if (pageId == null) {
                continue;
            }
            AbstractPage page = pageManager.getAbstractPage(pageId);
            if (page != null && permissionManager.hasPermission(viewer, Permission.VIEW, page)) {
                visible.add(pageId);
            }
        }
        return visible;
    }
}
