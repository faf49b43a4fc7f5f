package com.atlassian.confluence.user;

/**
 * Compile-only stand-in. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.5.21/com/atlassian/confluence/user/UserAccessor.html
 * (an interface) and
 * https://docs.atlassian.com/ConfluenceServer/javadoc/10.1.2/com/atlassian/confluence/user/ConfluenceUserResolver.html
 * (UserAccessor a sub-interface); the members the plugin calls are inherited from {@link ConfluenceUserResolver}.
 */
public interface UserAccessor extends ConfluenceUserResolver {
}
