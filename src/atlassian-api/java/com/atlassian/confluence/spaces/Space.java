package com.atlassian.confluence.spaces;

/**
 * Compile-only stand-in with the members the plugin (and its tests) call. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.0-m55/com/atlassian/confluence/spaces/Space.html
 * (a class) and, for the constructor, the decompiled Confluence 8.7.2 class ({@code public Space(String spaceKey)}).
 * The host class extends ConfluenceEntityObject; nothing of it is used, so it is left out.
 */
public class Space {

    private final String key;

    public Space(String spaceKey) {
        this.key = spaceKey;
    }

    public String getKey() {
        return key;
    }
}
