package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import java.util.Map;

/**
 * Compile-only stand-in ({@code @PublicApi} class of the create-content plugin) with the members the plugin calls.
 * No javadoc page could be read; checked against the decompiled class of Confluence 8.7.2 (public repository
 * ngannk-fptu/Decompiled-Files, {@code com/atlassian/confluence/plugins/createcontent/api/contextproviders/BlueprintContext.java}):
 * a map of the wizard's fields and the host's keys; {@code setTitle} stores the page title under
 * {@code "ContentPageTitle"}, which {@code DefaultBlueprintContentGenerator} reads. Tests subclass it.
 */
public class BlueprintContext {

    public BlueprintContext() {
    }

    public Map<String, Object> getMap() {
        throw new UnsupportedOperationException("Compile-only stand-in");
    }

    public String getSpaceKey() {
        throw new UnsupportedOperationException("Compile-only stand-in");
    }

    public Object get(String key) {
        throw new UnsupportedOperationException("Compile-only stand-in");
    }

    public void put(String key, Object value) {
        throw new UnsupportedOperationException("Compile-only stand-in");
    }

    public void setTitle(String title) {
        throw new UnsupportedOperationException("Compile-only stand-in");
    }
}
