package com.atlassian.sal.api.user;

import java.net.URI;

/**
 * Compile-only stand-in with the members the plugin calls. Checked against Confluence's implementation,
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.0-m90/com/atlassian/sal/confluence/user/ConfluenceUserProfile.html
 * ({@code @Nullable UserKey getUserKey()}, {@code String getUsername()}, {@code String getFullName()},
 * {@code URI getProfilePageUri()}, {@code String getEmail()}), and for the profile page's address against SAL's own javadoc of the interface:
 * "relative to the application's base URI", null when the application has no profile pages.
 */
public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();

    URI getProfilePageUri();

    String getEmail();
}
