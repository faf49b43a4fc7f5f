package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

/**
 * Compile-only stand-in with the member the plugin calls. Interface, package and the {@code ConfluenceUser} overloads
 * checked against https://docs.atlassian.com/ConfluenceServer/javadoc/9.5.2/com/atlassian/confluence/security/PermissionManager.html
 * (the newest page of this interface that could be read; its {@code com.atlassian.user.User} overloads are deprecated
 * defaults). The call {@code hasPermission(user, Permission.VIEW, page)} with a {@code ConfluenceUser} and an
 * {@code AbstractPage} is how public Confluence apps check that someone may view a page; it covers space permissions
 * and page restrictions, and a null user stands for an anonymous visitor.
 */
public interface PermissionManager {

    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);
}
