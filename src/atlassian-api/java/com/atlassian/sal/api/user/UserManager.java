package com.atlassian.sal.api.user;

/**
 * Compile-only stand-in with the members the plugin calls. Checked against Confluence's implementation of the
 * interface, https://docs.atlassian.com/ConfluenceServer/javadoc/9.5.2/com/atlassian/sal/confluence/user/SetupUserManager.html
 * ({@code @Nullable UserProfile getUserProfile(@Nullable String username)}, {@code @Nullable UserProfile
 * getUserProfile(@Nullable UserKey userKey)}, {@code @Nullable UserKey getRemoteUserKey()}, the user of the current
 * request, null for an anonymous visitor); no SAL 7 page could be read. {@code boolean isAdmin(@Nullable UserKey
 * userKey)}: whether the user is an administrator of the application (in Confluence, holds the Confluence
 * Administrator global permission), checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/sal/confluence/user/ConfluenceSalUserManager.html
 * (the page's listing of the interface's members; not read here for 10.x).
 */
public interface UserManager {

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);

    UserKey getRemoteUserKey();

    boolean isAdmin(UserKey userKey);
}
