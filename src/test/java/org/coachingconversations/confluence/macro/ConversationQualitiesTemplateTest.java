package org.coachingconversations.confluence.macro;

import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Test;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The template itself must be safe whatever text reaches it (e.g. a translation carrying markup). */
public class ConversationQualitiesTemplateTest {

    private final VelocityTemplateRenderer target = VelocityTemplateRenderer.forPlugin();

    @Test
    public void render_shouldEncodeEveryText_whenTextsCarryMarkup() throws Exception {
        // Given
        String hostile = "<img src=x onerror=alert(1)>&\"'";
        ConversationQualitiesView view = new ConversationQualitiesView(hostile, hostile, hostile, hostile, hostile, true,
                List.of(new QualityView("x\"><b>", hostile, hostile, hostile)));
        StringWriter out = new StringWriter();

        // When
        target.render(ConversationQualitiesMacro.TEMPLATE, Map.of("view", view), out);

        // Then
        Document page = Jsoup.parse(out.toString());
        assertTrue(page.select("img").isEmpty());
        assertTrue(page.select("b").isEmpty());
        assertThat(out.toString(), not(containsString("<img")));
        assertEquals(hostile, page.selectFirst(".coaching-qualities-title").text());
        assertEquals("x\"><b>", page.selectFirst(".coaching-quality").attr("data-quality"));
    }

    @Test
    public void render_shouldFail_whenATemplateCallsAMethodOutsideTheAllowlist() throws Exception {
        // Given a renderer with an empty allowlist
        VelocityTemplateRenderer strict = new VelocityTemplateRenderer(Set.of());

        try {
            // When
            strict.render(MacroTemplates.ERROR_TEMPLATE, Map.of("error", new MacroErrorView("t", "m")), new StringWriter());
            fail("The template called MacroErrorView#getTitle() without an allowlist entry");
        } catch (RuntimeException expected) {
            // Then
            assertThat(rootMessage(expected), containsString(MacroErrorView.class.getName() + "#getTitle"));
        }
    }

    private static String rootMessage(Throwable error) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
