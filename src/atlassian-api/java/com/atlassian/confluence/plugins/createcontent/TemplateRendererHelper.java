package com.atlassian.confluence.plugins.createcontent;

import java.util.Map;

/**
 * Compile-only stand-in: the create-content plugin's helper that the supported constructor of
 * {@code AbstractBlueprintContextProvider} takes. The create-content plugin publishes no javadoc
 * (https://jira.atlassian.com/browse/CONFSERVER-34196); checked against its decompiled Confluence 8.7.2 classes
 * (public source excerpts): {@code public interface TemplateRendererHelper} with
 * {@code String renderFromSoy(String, String, Map<String, Object>)} and
 * {@code String renderMacroXhtml(String, Map<String, String>)}, implemented by {@code BlueprintsTemplateRendererHelper},
 * which is {@code @ExportAsService(TemplateRendererHelper.class)}; Atlassian's own blueprint apps (business and playbook
 * blueprints) receive it by {@code @ComponentImport} and pass it to {@code super(templateRendererHelper)}.
 */
public interface TemplateRendererHelper {

    String renderFromSoy(String pluginKey, String soyTemplate, Map<String, Object> soyContext);

    String renderMacroXhtml(String macroName, Map<String, String> macroParameters);
}
