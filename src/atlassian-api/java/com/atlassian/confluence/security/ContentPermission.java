package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.core.bean.EntityObject;

/**
 * Compile-only stand-in with the members the plugin (and its tests) call. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/security/ContentPermission.html
 * (constants, the two static factories, {@code getType()}, {@code getGroupName()}, {@code getUserSubject()},
 * {@code isUserPermission()}, {@code isGroupPermission()}). The host class extends ConfluenceEntityObject, left out.
 * A permission keeps the type and subject it was created with, so that what a factory made can be read back.
 */
public class ContentPermission extends EntityObject {

    public static final String VIEW_PERMISSION = "View";
    public static final String EDIT_PERMISSION = "Edit";

    private final String type;
    private final String groupName;
    private final ConfluenceUser user;

    protected ContentPermission(String type, String groupName, ConfluenceUser user) {
        this.type = type;
        this.groupName = groupName;
        this.user = user;
    }

    public static ContentPermission createUserPermission(String type, ConfluenceUser user) {
        return new ContentPermission(type, null, user);
    }

    public static ContentPermission createGroupPermission(String type, String groupName) {
        return new ContentPermission(type, groupName, null);
    }

    public String getType() {
        return type;
    }

    public String getGroupName() {
        return groupName;
    }

    public ConfluenceUser getUserSubject() {
        return user;
    }

    public boolean isUserPermission() {
        return user != null;
    }

    public boolean isGroupPermission() {
        return groupName != null;
    }
}
