package com.atlassian.confluence.core;

/**
 * Compile-only stand-in: only the type is needed, as the parameter of
 * {@link ContentEntityManager#saveContentEntity(ContentEntityObject, SaveContext)}. An interface, as listed on
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.3/com/atlassian/confluence/core/class-use/SaveContext.html
 * (implemented by {@link DefaultSaveContext}); its members are left out.
 */
public interface SaveContext {
}
