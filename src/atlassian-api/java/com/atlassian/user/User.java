package com.atlassian.user;

/**
 * Compile-only stand-in: only the type is needed, as a parameter of the page-trashed event's constructor.
 * An interface ({@code com.atlassian.user.User}) per the decompiled Confluence 8.7.2 classes, where
 * {@code ConfluenceUser} extends it; no javadoc page of atlassian-user was readable here.
 */
public interface User {
}
