package org.coachingconversations.confluence.macro;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/** Renders a macro's template with its view model, and the shared in-page error message. */
final class MacroTemplates {

    static final String ERROR_TEMPLATE = "common/macro-error.vm";

    private final TemplateRenderer renderer;

    MacroTemplates(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    String render(String template, String name, Object view) throws MacroExecutionException {
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, Map.of(name, view), out);
        } catch (IOException | RenderingException e) {
            throw new MacroExecutionException("Could not render " + template, e);
        }
        return out.toString();
    }

    String renderError(MacroErrorView error) throws MacroExecutionException {
        return render(ERROR_TEMPLATE, "error", error);
    }
}
