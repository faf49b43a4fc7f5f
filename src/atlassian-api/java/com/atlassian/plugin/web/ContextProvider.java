package com.atlassian.plugin.web;

import java.util.Map;

/**
 * Compile-only stand-in with the member the plugin relies on (the host also calls {@code init}, which
 * {@code AbstractBlueprintContextProvider} implements). Shape from the Atlassian Plugins web-fragment javadoc,
 * https://docs.atlassian.com/atlassian-plugins-webfragment-api/ (interface {@code ContextProvider}), and from its
 * use by Confluence 8.7.2's create-content plugin (decompiled {@code ContentTemplateModuleDescriptor}); no 10.2
 * page could be read.
 */
public interface ContextProvider {

    Map<String, Object> getContextMap(Map<String, Object> context);
}
