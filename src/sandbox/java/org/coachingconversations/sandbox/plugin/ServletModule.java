package org.coachingconversations.sandbox.plugin;

import jakarta.servlet.http.HttpServlet;

/**
 * A {@code servlet} module with the instance the sandbox created, served at {@code /plugins/servlet<url-pattern>} as
 * Confluence serves it.
 */
public record ServletModule(String key, String urlPattern, HttpServlet servlet) {
}
