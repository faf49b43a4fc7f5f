package com.atlassian.user;

/**
 * Compile-only stand-in: a Confluence user group, returned by {@code GroupResolver.getGroup(String)} and
 * {@code UserAccessor.getGroupsAsList()}
 * (https://docs.atlassian.com/ConfluenceServer/javadoc/8.9.0/com/atlassian/confluence/user/GroupResolver.html).
 * An interface extending {@link Entity}, whose {@code getName()} is the group's name.
 */
public interface Group extends Entity {
}
