package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.core.bean.EntityObject;

/**
 * Compile-only stand-in with the members the plugin (and its tests) call. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/security/ContentPermission.html
 * (constants, the two static factories, {@code getType()}, {@code getGroupName()}, {@code getUserSubject()},
 * {@code isUserPermission()}, {@code isGroupPermission()}) and its constructors: {@code public ContentPermission()},
 * the copy constructor {@code public ContentPermission(ContentPermission other)} and
 * {@code protected ContentPermission(String type, String groupName, ConfluenceUser user)}; the deprecated
 * {@code protected ContentPermission(String, String, String userName)} is left out. The host class extends
 * ConfluenceEntityObject and implements {@code Comparable<ContentPermission>}, both left out. A permission keeps the
 * type and subject it was created with, so that what a factory made can be read back.
 */
public class ContentPermission extends EntityObject {

    public static final String VIEW_PERMISSION = "View";
    public static final String EDIT_PERMISSION = "Edit";

    private String type;
    private String groupName;
    private ConfluenceUser user;

    public ContentPermission() {
    }

    public ContentPermission(ContentPermission other) {
        this(other.type, other.groupName, other.user);
    }

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
