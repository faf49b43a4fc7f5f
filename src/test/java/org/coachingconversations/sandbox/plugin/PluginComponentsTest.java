package org.coachingconversations.sandbox.plugin;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.fail;

public class PluginComponentsTest {

    private final TemplateRenderer renderer = new VelocityTemplateRenderer(Set.of());
    private PluginComponents target;

    @Before
    public void setUp() {
        target = PluginComponents.start(new HostServices().provide(TemplateRenderer.class, renderer),
                Path.of("target/classes").toAbsolutePath(), List.of());
    }

    @After
    public void tearDown() {
        target.close();
    }

    @Test
    public void create_shouldInjectHostServicesByConstructorParameterType() {
        // When
        NeedsRenderer created = target.create(NeedsRenderer.class, "xhtml-macro renderer-macro");

        // Then
        assertSame(renderer, created.renderer);
    }

    @Test
    public void create_shouldNameTheModuleAndTheMissingType_whenTheSandboxDoesNotProvideIt() {
        try {
            // When
            target.create(NeedsI18n.class, "xhtml-macro i18n-macro (NeedsI18n)");
            fail("A module was created without the service its constructor asks for");
        } catch (PluginStartupException e) {
            // Then
            assertThat(e.getMessage(), containsString("xhtml-macro i18n-macro (NeedsI18n) cannot be created"));
            assertThat(e.getMessage(), containsString("asks for a " + I18nResolver.class.getName()));
            assertThat(e.getMessage(), containsString("The sandbox provides: " + TemplateRenderer.class.getName()));
        }
    }

    public static final class NeedsRenderer {
        final TemplateRenderer renderer;

        public NeedsRenderer(TemplateRenderer renderer) {
            this.renderer = renderer;
        }
    }

    public static final class NeedsI18n {
        public NeedsI18n(TemplateRenderer renderer, I18nResolver i18n) {
        }
    }
}
