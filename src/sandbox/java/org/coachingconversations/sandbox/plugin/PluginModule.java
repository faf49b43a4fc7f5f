package org.coachingconversations.sandbox.plugin;

/** One module of the descriptor and what the sandbox did with it, for the plugin page and the startup log. */
public record PluginModule(String type, String key, String name, boolean runBySandbox, String detail) {
}
