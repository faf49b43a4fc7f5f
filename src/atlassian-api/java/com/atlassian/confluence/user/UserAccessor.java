package com.atlassian.confluence.user;

import com.atlassian.user.Group;
import java.util.List;

/**
 * Compile-only stand-in. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.5.21/com/atlassian/confluence/user/UserAccessor.html
 * (an interface extending, among others, {@link ConfluenceUserResolver} and {@link GroupResolver}) and
 * https://docs.atlassian.com/ConfluenceServer/javadoc/10.1.2/com/atlassian/confluence/user/ConfluenceUserResolver.html.
 * {@code getGroupsAsList()} (every group of the directories) as public Confluence 8/9 apps call it.
 */
public interface UserAccessor extends ConfluenceUserResolver, GroupResolver {

    List<Group> getGroupsAsList();
}
