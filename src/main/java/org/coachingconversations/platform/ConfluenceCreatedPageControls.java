package org.coachingconversations.platform;

import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.core.DefaultDeleteContext;
import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.ContentPermission;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.coachingconversations.domain.access.CreatedPageControls;

/**
 * {@link CreatedPageControls} over a page the host has just saved: content permissions through
 * {@link ContentPermissionManager}, the notice and the trash through {@link PageManager}.
 */
public final class ConfluenceCreatedPageControls implements CreatedPageControls {

    private final Page page;
    private final ConfluenceUser creator;
    private final ContentPermissionManager contentPermissions;
    private final UserAccessor userAccessor;
    private final PageManager pageManager;
    private final Supplier<String> creatorOnlyWarning;

    /**
     * @param creator the user who created the page, null when the host names none
     * @param creatorOnlyWarning the storage-format notice that only the creator can see the page
     */
    public ConfluenceCreatedPageControls(Page page, ConfluenceUser creator, ContentPermissionManager contentPermissions,
            UserAccessor userAccessor, PageManager pageManager, Supplier<String> creatorOnlyWarning) {
        this.page = Objects.requireNonNull(page, "page");
        this.creator = creator;
        this.contentPermissions = Objects.requireNonNull(contentPermissions, "contentPermissions");
        this.userAccessor = Objects.requireNonNull(userAccessor, "userAccessor");
        this.pageManager = Objects.requireNonNull(pageManager, "pageManager");
        this.creatorOnlyWarning = Objects.requireNonNull(creatorOnlyWarning, "creatorOnlyWarning");
    }

    @Override
    public long pageId() {
        return page.getId();
    }

    @Override
    public String spaceKey() {
        return page.getSpaceKey();
    }

    @Override
    public boolean isKnownUser(String userKey) {
        return user(userKey) != null;
    }

    @Override
    public void restrictTo(List<String> userKeys, Optional<String> viewingGroup) {
        List<ConfluenceUser> users = new ArrayList<>();
        for (String userKey : userKeys) {
            ConfluenceUser user = user(userKey);
            if (user == null) {
                throw new IllegalArgumentException("No user has the key " + userKey);
            }
            users.add(user);
        }
        restrict(users, viewingGroup);
    }

    @Override
    public boolean hasCreator() {
        return creator != null;
    }

    @Override
    public void restrictToCreator() {
        if (creator == null) {
            throw new IllegalStateException("Page " + page.getId() + " names no creator");
        }
        restrict(List.of(creator), Optional.empty());
    }

    @Override
    public void warnOnlyCreatorCanSee() {
        String warning = creatorOnlyWarning.get();
        String body = page.getBodyAsString();
        page.setBodyAsString(warning + (body == null ? "" : body));
        pageManager.saveContentEntity(page, DefaultSaveContext.SUPPRESS_NOTIFICATIONS);
    }

    @Override
    public void trash() {
        pageManager.trashPage(page, DefaultDeleteContext.DEFAULT);
    }

    private ConfluenceUser user(String userKey) {
        return userKey == null || userKey.isBlank() ? null : userAccessor.getUserByKey(new UserKey(userKey.strip()));
    }

    /** Viewers are the users and the group; editors the users. An empty list would lift the restriction. */
    private void restrict(List<ConfluenceUser> users, Optional<String> viewingGroup) {
        if (users.isEmpty()) {
            throw new IllegalArgumentException("A restriction names at least one user");
        }
        List<ContentPermission> viewers = new ArrayList<>();
        List<ContentPermission> editors = new ArrayList<>();
        for (ConfluenceUser user : users) {
            viewers.add(ContentPermission.createUserPermission(ContentPermission.VIEW_PERMISSION, user));
            editors.add(ContentPermission.createUserPermission(ContentPermission.EDIT_PERMISSION, user));
        }
        viewingGroup.ifPresent(group ->
                viewers.add(ContentPermission.createGroupPermission(ContentPermission.VIEW_PERMISSION, group)));
        contentPermissions.setContentPermissions(viewers, page, ContentPermission.VIEW_PERMISSION);
        contentPermissions.setContentPermissions(editors, page, ContentPermission.EDIT_PERMISSION);
    }
}
