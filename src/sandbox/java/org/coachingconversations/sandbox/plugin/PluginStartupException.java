package org.coachingconversations.sandbox.plugin;

/** The plugin cannot be loaded the way Confluence would load it; the message names the module and what is missing. */
public final class PluginStartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginStartupException(String message) {
        super(message);
    }

    public PluginStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
