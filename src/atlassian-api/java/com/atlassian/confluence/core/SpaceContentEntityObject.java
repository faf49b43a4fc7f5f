package com.atlassian.confluence.core;

import com.atlassian.confluence.spaces.Space;

/**
 * Compile-only stand-in with the members the plugin (and its tests) call: content that lives in a space, the parent
 * class of {@code AbstractPage} in the host. {@code getSpaceKey()} answers the key of the space the content was given,
 * as in the host, so a page built in a test reports its space. Checked against the decompiled Confluence 8.7.2 class
 * ({@code public abstract class SpaceContentEntityObject extends ContentEntityObject} with {@code getSpace()},
 * {@code setSpace(Space)}, {@code getSpaceKey()}) and the method list inherited by {@code Page} on
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/pages/Page.html
 */
public abstract class SpaceContentEntityObject extends ContentEntityObject {

    private Space space;

    public Space getSpace() {
        return space;
    }

    public void setSpace(Space space) {
        this.space = space;
    }

    public String getSpaceKey() {
        return space == null ? null : space.getKey();
    }
}
