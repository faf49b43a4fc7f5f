package com.atlassian.confluence.user;

import com.atlassian.user.Group;

/**
 * Compile-only stand-in. Interface and member checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.9.0/com/atlassian/confluence/user/GroupResolver.html
 * (since 7.17; a super-interface of {@link UserAccessor}): the group of that name, or null when there is none or
 * the name is null.
 */
public interface GroupResolver {

    Group getGroup(String name);
}
