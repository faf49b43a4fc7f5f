package com.atlassian.confluence.core;

/**
 * Compile-only stand-in with the member the plugin uses: {@code static DeleteContext DEFAULT}, listed with
 * {@code BULK_OPERATION} and {@code SUPPRESS_NOTIFICATIONS} on
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/core/class-use/DeleteContext.html
 * The host's constructors are not used by the plugin and left out; the private one only gives the constant an
 * instance.
 */
public class DefaultDeleteContext implements DeleteContext {

    public static final DeleteContext DEFAULT = new DefaultDeleteContext();

    private DefaultDeleteContext() {
    }
}
