package com.atlassian.plugin.web;

import java.util.Map;

/**
 * Compile-only stand-in: decides whether a web-item is shown. Interface with {@code void init(Map<String, String>
 * params)} (the {@code <param>}s of the {@code <condition>} element) and {@code boolean shouldDisplay(Map<String,
 * Object> context)}, as in the Atlassian Plugins web-fragment javadoc
 * (https://docs.atlassian.com/atlassian-plugins-webfragment-api/, interface {@code Condition}); the host's
 * {@code init} may throw the unchecked {@code PluginParseException}, which this plugin never throws and so does not
 * declare.
 */
public interface Condition {

    void init(Map<String, String> params);

    boolean shouldDisplay(Map<String, Object> context);
}
