package com.atlassian.confluence.core;

/**
 * Compile-only stand-in: only the type is needed, as the parameter of
 * {@code PageManager.trashPage(AbstractPage, DeleteContext)}. An interface, implemented by
 * {@link DefaultDeleteContext}, per
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/core/class-use/DeleteContext.html
 * (the newest "uses" page of the type that could be read; the method and the type are unchanged in the decompiled
 * Confluence 8.7.2 {@code PageManager}). Its members are left out.
 */
public interface DeleteContext {
}
