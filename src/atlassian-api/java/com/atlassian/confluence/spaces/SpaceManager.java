package com.atlassian.confluence.spaces;

/**
 * Compile-only stand-in with the member the plugin calls. Interface and {@code Space getSpace(String spaceKey)} (the
 * space with that key, or null when there is none) checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.2.1/com/atlassian/confluence/spaces/SpaceManager.html.
 */
public interface SpaceManager {

    Space getSpace(String spaceKey);
}
