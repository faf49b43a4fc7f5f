package org.coachingconversations.platform;

/**
 * The app's plugin key, which the host puts in front of every module key ("plugin:module") — for
 * example in the complete key a blueprint page-creation event names.
 */
public final class PluginKey {

    /**
     * What the descriptor's {@code ${atlassian.plugin.key}} becomes when the build filters it
     * (groupId.artifactId); PluginDescriptorTest checks the two stay equal.
     */
    public static final String KEY = "org.coachingconversations.coaching-conversations";

    private PluginKey() {
    }

    /** The complete key of one of the app's modules, e.g. {@code …coaching-conversations:coaching-cycle-record-blueprint}. */
    public static String completeKey(String moduleKey) {
        return KEY + ":" + moduleKey;
    }
}
