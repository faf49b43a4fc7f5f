package com.atlassian.confluence.plugins.createcontent.impl;

/**
 * Compile-only stand-in with the members the plugin (and its tests) call: the blueprint a
 * {@code BlueprintPageCreateEvent} names. No javadoc page was readable; checked against the decompiled create-content
 * plugin of Confluence 8.7.2, where {@code ContentBlueprint} extends {@code PluginBackedBlueprint} (left out), which
 * declares the bean property {@code moduleCompleteKey} ({@code getModuleCompleteKey()} / {@code setModuleCompleteKey}).
 */
public class ContentBlueprint {

    private String moduleCompleteKey;

    public String getModuleCompleteKey() {
        return moduleCompleteKey;
    }

    public void setModuleCompleteKey(String moduleCompleteKey) {
        this.moduleCompleteKey = moduleCompleteKey;
    }
}
