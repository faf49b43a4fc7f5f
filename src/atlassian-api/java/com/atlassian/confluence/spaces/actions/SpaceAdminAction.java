package com.atlassian.confluence.spaces.actions;

/**
 * Compile-only stand-in: the base class of a Struts action in a space's "Space tools", as the space-admin tutorial
 * (https://developer.atlassian.com/server/confluence/writing-a-space-admin-screen/) has its action extend it. A
 * class; in the host it extends {@code AbstractSpaceAdminAction} → {@code AbstractSpaceAction} →
 * {@code ConfluenceActionSupport}, checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.18.1/com/atlassian/confluence/spaces/actions/AbstractSpaceAdminAction.html
 * (the newest page of the hierarchy that could be read). Only the inherited members the plugin overrides are
 * declared here, on this class: {@code setKey(String)} (the space key request parameter, from
 * {@code AbstractSpaceAction}), {@code isPermitted()} and {@code doDefault()} (from {@code AbstractSpaceAdminAction}).
 * No behaviour.
 */
public class SpaceAdminAction {

    public static final String INPUT = "input";

    public void setKey(String key) {
    }

    public boolean isPermitted() {
        return false;
    }

    public String doDefault() throws Exception {
        return INPUT;
    }
}
