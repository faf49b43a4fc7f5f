package com.atlassian.sal.api.user;

/**
 * Compile-only stand-in with the members the plugin (and its test hosts) use: both overloads of
 * {@code getUserProfile}. Checked against Confluence's implementation of the interface,
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.5.2/com/atlassian/sal/confluence/user/SetupUserManager.html
 * ({@code @Nullable UserProfile getUserProfile(@Nullable String username)} and
 * {@code @Nullable UserProfile getUserProfile(@Nullable UserKey userKey)}); no SAL 7 page could be read. Both return
 * null for an unknown user.
 */
public interface UserManager {

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);
}
