package com.atlassian.user;

/**
 * Compile-only stand-in: a user or group of atlassian-user, of which the plugin reads only the name. An interface
 * with {@code String getName()}, as public Confluence apps call it on the groups of
 * {@code UserAccessor.getGroupsAsList()}; no javadoc page of atlassian-user was readable here (see
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.5.21/com/atlassian/confluence/user/UserAccessor.html for
 * the methods that return it).
 */
public interface Entity {

    String getName();
}
