package com.atlassian.confluence.spaces;

/**
 * Compile-only stand-in with the member the plugin calls: {@code Space getSpace(String spaceKey)} (the space with
 * that key, null when there is none), as on
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.5.2/com/atlassian/confluence/spaces/SpaceManager.html
 * (the 10.2 page was not readable here; the member has been stable since Confluence 2.x).
 */
public interface SpaceManager {

    Space getSpace(String spaceKey);
}
