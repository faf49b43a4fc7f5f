package com.atlassian.confluence.user;

import com.atlassian.user.User;

/**
 * Compile-only stand-in: only the type is needed (a content permission's user). An interface extending
 * {@code com.atlassian.user.User}, checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.5.21/com/atlassian/confluence/user/UserAccessor.html
 * (which returns it) and the decompiled Confluence 8.7.2 interface.
 */
public interface ConfluenceUser extends User {
}
