package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Compile-only stand-in. Checked against
 * https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html
 * (the newest published javadoc; Confluence 10.2 still exports the API from this package).
 */
public interface TemplateRenderer {

    void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException;

    void render(String templateName, Writer writer) throws RenderingException, IOException;

    String renderFragment(String fragment, Map<String, Object> context);

    boolean resolve(String templateName);
}
