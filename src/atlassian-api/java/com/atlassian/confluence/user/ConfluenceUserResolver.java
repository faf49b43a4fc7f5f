package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/**
 * Compile-only stand-in with the members the plugin calls, inherited by {@link UserAccessor}. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/10.1.2/com/atlassian/confluence/user/ConfluenceUserResolver.html
 * ({@code @Nullable ConfluenceUser getUserByKey(com.atlassian.sal.api.user.UserKey key)},
 * {@code @Nullable ConfluenceUser getUserByName(String name)}; since 7.16). Both return null for an unknown user.
 */
public interface ConfluenceUserResolver {

    ConfluenceUser getUserByKey(UserKey key);

    ConfluenceUser getUserByName(String name);
}
