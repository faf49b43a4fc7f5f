package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import com.atlassian.plugin.web.ContextProvider;

import java.util.Map;

/**
 * Compile-only stand-in ({@code @PublicSpi} abstract class of the create-content plugin). No javadoc page of the
 * create-content plugin could be read (expected under https://docs.atlassian.com/confluence-create-content-plugin/);
 * checked against the decompiled class of Confluence 8.7.2 (public repository ngannk-fptu/Decompiled-Files,
 * {@code com/atlassian/confluence/plugins/createcontent/api/contextproviders/AbstractBlueprintContextProvider.java}).
 * There the no-argument constructor is {@code @Deprecated}; the other one takes a {@code TemplateRendererHelper},
 * which only the render helpers this plugin does not call need.
 * <p>
 * The host calls {@link #getContextMap}, which wraps the wizard's map in a {@link BlueprintContext}, hands it to
 * {@link #updateBlueprintContext} and returns the context's map; here it has no body worth running.
 */
public abstract class AbstractBlueprintContextProvider implements ContextProvider {

    @Deprecated
    public AbstractBlueprintContextProvider() {
    }

    @Override
    public final Map<String, Object> getContextMap(Map<String, Object> context) {
        throw new UnsupportedOperationException("Compile-only stand-in: the host implements getContextMap");
    }

    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context);
}
