package com.atlassian.confluence.core;

/**
 * Compile-only stand-in with the member the plugin calls. The interface and
 * {@code void saveContentEntity(ContentEntityObject obj, @Nullable SaveContext saveContext)} are listed on
 * https://docs.atlassian.com/atlassian-confluence/3.5.8/com/atlassian/confluence/core/class-use/SaveContext.html
 * and unchanged in the decompiled Confluence 8.7.2 interface (whose {@code PageManager} extends it). Saving an object
 * without its original version stores it as it is, without a new historical version.
 */
public interface ContentEntityManager {

    void saveContentEntity(ContentEntityObject obj, SaveContext saveContext);
}
