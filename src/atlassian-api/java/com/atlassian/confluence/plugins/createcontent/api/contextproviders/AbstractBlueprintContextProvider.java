package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper;
import com.atlassian.plugin.web.ContextProvider;

import java.util.Map;

/**
 * Compile-only stand-in ({@code @PublicSpi} abstract class of the create-content plugin). No javadoc page of the
 * create-content plugin exists (https://jira.atlassian.com/browse/CONFSERVER-34196, "Blueprints Java API does not have
 * Javadocs"); checked against the decompiled class of Confluence 8.7.2 (public repository ngannk-fptu/Decompiled-Files,
 * {@code com/atlassian/confluence/plugins/createcontent/api/contextproviders/AbstractBlueprintContextProvider.java}).
 * There the no-argument constructor is {@code @Deprecated} and
 * {@code public AbstractBlueprintContextProvider(TemplateRendererHelper templateRendererHelper)} is the supported one
 * (Atlassian's own blueprint apps call it); the plugin uses that one. No 10.x source or page of this class could be
 * read: that 10.x keeps it is an assumption (docs/building.md).
 * <p>
 * The host calls {@link #getContextMap}, which wraps the wizard's map in a {@link BlueprintContext}, hands it to
 * {@link #updateBlueprintContext} and returns the context's map; here it has no body worth running.
 */
public abstract class AbstractBlueprintContextProvider implements ContextProvider {

    @Deprecated
    public AbstractBlueprintContextProvider() {
    }

    public AbstractBlueprintContextProvider(TemplateRendererHelper templateRendererHelper) {
    }

    @Override
    public final Map<String, Object> getContextMap(Map<String, Object> context) {
        throw new UnsupportedOperationException("Compile-only stand-in: the host implements getContextMap");
    }

    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context);
}
