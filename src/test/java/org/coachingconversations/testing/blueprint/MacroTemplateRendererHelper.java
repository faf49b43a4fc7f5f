package org.coachingconversations.testing.blueprint;

import com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper;
import org.coachingconversations.confluence.blueprint.StorageFormat;

import java.util.Map;

/**
 * The create-content plugin's {@code TemplateRendererHelper} for tests and the sandbox. The app's context providers
 * only hand it to their super constructor; should anything call it, {@code renderMacroXhtml} answers a storage-format
 * macro with escaped parameters, as the host's does, and {@code renderFromSoy} refuses, since no app code renders Soy
 * on the server.
 */
public final class MacroTemplateRendererHelper implements TemplateRendererHelper {

    @Override
    public String renderFromSoy(String pluginKey, String soyTemplate, Map<String, Object> soyContext) {
        throw new UnsupportedOperationException("Rendering " + soyTemplate + " on the server is not supported here");
    }

    @Override
    public String renderMacroXhtml(String macroName, Map<String, String> macroParameters) {
        StringBuilder macro = new StringBuilder("<ac:structured-macro ac:name=\"")
                .append(StorageFormat.escape(macroName)).append("\">");
        macroParameters.forEach((name, value) -> macro.append("<ac:parameter ac:name=\"")
                .append(StorageFormat.escape(name)).append("\">").append(StorageFormat.escape(value))
                .append("</ac:parameter>"));
        return macro.append("</ac:structured-macro>").toString();
    }
}
