package org.coachingconversations.sandbox.plugin;

import jakarta.servlet.http.HttpServlet;

/** A {@code servlet} module of the plugin, created like Confluence creates it, served below /plugins/servlet. */
public record ServletModule(String key, String name, String urlPattern, HttpServlet servlet) {

    /** Where Confluence serves it below the context path, e.g. {@code /plugins/servlet/coaching/x}. */
    public String mountPoint() {
        return "/plugins/servlet" + urlPattern;
    }
}
