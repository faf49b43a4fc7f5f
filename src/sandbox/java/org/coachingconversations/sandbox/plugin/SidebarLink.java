package org.coachingconversations.sandbox.plugin;

/**
 * A {@code web-item} in {@code system.space.sidebar/main-links}: its label and its link, in which the sandbox fills
 * {@code $space.key} as Confluence's sidebar context does.
 */
public record SidebarLink(String key, String label, String link) {

    /** The link for one space, below the context path. */
    public String linkFor(String spaceKey) {
        return link.replace("$space.key", java.net.URLEncoder.encode(spaceKey, java.nio.charset.StandardCharsets.UTF_8));
    }
}
