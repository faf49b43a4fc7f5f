package org.coachingconversations.testing.velocity;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.coachingconversations.testing.descriptor.PluginDescriptor;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The host's TemplateRenderer as Confluence runs plugin templates: real Velocity 1.7, templates from the plugin's
 * classpath, every reference HTML-encoded unless named {@code ...Html}, and method calls limited to the descriptor's
 * velocity-allowlist.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {

    private final VelocityEngine engine;

    public VelocityTemplateRenderer(Set<String> allowlistedMethods) {
        engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        engine.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        engine.setProperty("classpath.resource.loader.cache", "true");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HtmlEncodingReferenceInsertion.class.getName());
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        engine.setApplicationAttribute(AllowlistUberspector.ALLOWLIST_ATTRIBUTE, Set.copyOf(allowlistedMethods));
        engine.init();
    }

    /** A renderer that enforces the allowlist of the plugin's own descriptor. */
    public static VelocityTemplateRenderer forPlugin() {
        return new VelocityTemplateRenderer(PluginDescriptor.load().allowlistedMethods());
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            template.merge(new VelocityContext(new HashMap<>(context)), writer);
        } catch (RenderingException e) {
            throw e;
        } catch (Exception e) {
            throw new RenderingException("Cannot render " + templateName + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        engine.evaluate(new VelocityContext(new HashMap<>(context)), out, "fragment", fragment);
        return out.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }
}
