package com.atlassian.confluence.core;

/**
 * Compile-only stand-in with the member the plugin uses: the pre-built context that saves without notifying
 * watchers. Checked against
 * https://docs.atlassian.com/atlassian-confluence/1000.107.0/com/atlassian/confluence/core/DefaultSaveContext.html
 * ({@code public class DefaultSaveContext implements SaveContext}, {@code static SaveContext SUPPRESS_NOTIFICATIONS},
 * constructor {@code DefaultSaveContext(boolean suppressNotifications, boolean updateLastModifier,
 * boolean suppressEvents)}) and the field list on
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.3/com/atlassian/confluence/core/class-use/SaveContext.html
 * ({@code static final SaveContext DefaultSaveContext.SUPPRESS_NOTIFICATIONS}). The constant's value here only
 * gives it an instance; the host decides what it holds.
 */
public class DefaultSaveContext implements SaveContext {

    public static final SaveContext SUPPRESS_NOTIFICATIONS = new DefaultSaveContext(true, true, false);

    public DefaultSaveContext(boolean suppressNotifications, boolean updateLastModifier, boolean suppressEvents) {
    }
}
