package com.atlassian.confluence.user;

/**
 * Compile-only stand-in with the member the plugin calls. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.5.21/com/atlassian/confluence/user/UserAccessor.html
 * (an interface); there {@code ConfluenceUser getUserByName(String name)} is inherited from the super-interface
 * {@code ConfluenceUserResolver}, which is left out. It returns null when no user has the name.
 */
public interface UserAccessor {

    ConfluenceUser getUserByName(String name);
}
