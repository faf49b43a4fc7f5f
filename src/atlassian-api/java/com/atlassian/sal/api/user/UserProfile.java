package com.atlassian.sal.api.user;

/**
 * Compile-only stand-in with the members the plugin calls. Checked against Confluence's implementation,
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.0-m90/com/atlassian/sal/confluence/user/ConfluenceUserProfile.html
 * ({@code @Nullable UserKey getUserKey()}, {@code String getFullName()}).
 */
public interface UserProfile {

    UserKey getUserKey();

    String getFullName();
}
