package org.coachingconversations.confluence.macro;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

/** The template must be safe whatever text reaches it: a step, a name, a translation carrying markup. */
public class ActionStepsTemplateTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>&\"'</td></table><script>alert(2)</script>";

    private final VelocityTemplateRenderer target = VelocityTemplateRenderer.forPlugin();

    @Test
    public void render_shouldEncodeEveryTextAndAddress_whenTheyCarryMarkup() throws Exception {
        // Given
        ActionStepsView view = new ActionStepsView("previous", HOSTILE, HOSTILE, "/confluence/x?a=1&b=\"><b>",
                HOSTILE, List.of(HOSTILE, HOSTILE, HOSTILE, HOSTILE), List.of(
                        new ActionStepView(7, HOSTILE, HOSTILE, "/confluence/display/~a\"><b>", HOSTILE, "open\"",
                                HOSTILE, "overdue\" onclick=\"x", HOSTILE)));

        // When
        Document page = render(view);

        // Then
        assertTrue(page.select("img, script, b").isEmpty());
        Element row = page.selectFirst("tr.coaching-action-step");
        assertEquals(HOSTILE, row.selectFirst(".coaching-action-step-text").text());
        assertEquals(HOSTILE, row.selectFirst(".coaching-action-step-owner a").text());
        assertEquals("/confluence/display/~a\"><b>", row.selectFirst(".coaching-action-step-owner a").attr("href"));
        assertEquals("open\"", row.attr("data-status"));
        assertTrue(row.select("[onclick]").isEmpty());
        assertEquals(HOSTILE, page.selectFirst(".coaching-action-steps-source a").text());
        assertEquals(4, page.select("th").size());
    }

    @Test
    public void render_shouldEncodeTheCalendarLink_andShowItOnlyWhenTheStepHasOne() throws Exception {
        // Given
        ActionStepsView view = new ActionStepsView("page", null, null, null, "none", List.of("a", "b", "c", "d"),
                List.of(new ActionStepView(7, "Step", "Coach", null, "2026-03-31", "open", "Open", null, null, null,
                                null, null, "/confluence/rest/x.ics?\"><b>", HOSTILE),
                        new ActionStepView(8, "Step", "Coach", null, "No due date", "open", "Open", null, null)));

        // When
        Document page = render(view);

        // Then
        List<Element> links = page.select("a.coaching-add-to-calendar");
        assertEquals(1, links.size());
        assertEquals("/confluence/rest/x.ics?\"><b>", links.get(0).attr("href"));
        assertEquals(HOSTILE, links.get(0).text());
        assertTrue(links.get(0).hasAttr("download"));
        assertTrue(page.select("img, script, b").isEmpty());
    }

    @Test
    public void render_shouldShowTheMessageAndNoTable_whenThereAreNoSteps() throws Exception {
        // Given
        ActionStepsView view = new ActionStepsView("page", null, null, null, HOSTILE, List.of("a", "b", "c", "d"),
                List.of());

        // When
        Document page = render(view);

        // Then
        assertTrue(page.select("table, .coaching-action-steps-source").isEmpty());
        assertEquals(HOSTILE, page.selectFirst(".coaching-action-steps-empty").text());
    }

    @Test
    public void render_shouldShowTheOwnerWithoutALink_andNoLozenge_whenThereIsNeitherAProfileNorADeadline()
            throws Exception {
        // Given
        ActionStepsView view = new ActionStepsView("page", null, null, null, "none", List.of("a", "b", "c", "d"),
                List.of(new ActionStepView(1, "Step", "Coach", null, "No due date", "open", "Open", null, null)));

        // When
        StringWriter out = new StringWriter();
        target.render(ActionStepsMacro.TEMPLATE, Map.of("view", view), out);

        // Then
        Document page = Jsoup.parse(out.toString());
        assertEquals("Coach", page.selectFirst(".coaching-action-step-owner").text());
        assertTrue(page.select(".coaching-action-step-owner a, .coaching-deadline").isEmpty());
        assertThat(out.toString(), not(containsString("$")));
    }

    @Test
    public void render_shouldEncodeTheValuesAChangeStartsFrom_andEveryLabel_whenTheyCarryMarkup() throws Exception {
        // Given
        String macroMarkup = "<ac:structured-macro ac:name=\"html\"><ac:plain-text-body><![CDATA[<script>x</script>]]>"
                + "</ac:plain-text-body></ac:structured-macro>";
        ActionStepsControls controls = new ActionStepsControls(12, "/confluence\"><b>", true, "coach\"",
                List.of(new ScriptLabel("edit", HOSTILE), new ScriptLabel("add", HOSTILE)));
        ActionStepView step = new ActionStepView(7, macroMarkup, HOSTILE, null, "2026-01-01", "open", "Open", null,
                null, new ActionStepView.Change(3, "ana\" onmouseover=\"x", "teacher\"", "2026-01-01\"><b>"), HOSTILE,
                "/confluence/pages/viewpage.action?pageId=1&x=\"><b>");
        ActionStepsView view = new ActionStepsView("teacher", null, null, null, HOSTILE,
                List.of("a", "b", "c", "d", HOSTILE), true, List.of(step), controls);

        // When
        Document page = render(view);

        // Then
        assertTrue(page.select("img, script, b, ac|structured-macro").isEmpty());
        assertTrue(page.select("[onmouseover], [onerror], [onclick]").isEmpty());
        Element container = page.selectFirst(".coaching-action-steps");
        assertEquals(HOSTILE, container.attr("data-label-edit"));
        assertEquals("/confluence\"><b>", container.attr("data-base-url"));
        assertEquals("coach\"", container.attr("data-default-role"));
        Element row = page.selectFirst("tr.coaching-action-step");
        assertEquals(macroMarkup, row.attr("data-text"));
        assertEquals(macroMarkup, row.selectFirst(".coaching-action-step-text").text());
        assertEquals("ana\" onmouseover=\"x", row.attr("data-owner"));
        assertEquals("2026-01-01\"><b>", row.attr("data-due-on"));
        assertEquals(HOSTILE, row.selectFirst("button.coaching-action-step-edit").text());
        assertEquals(HOSTILE, row.selectFirst(".coaching-action-step-source a").text());
        assertEquals(HOSTILE, page.selectFirst("button.coaching-action-step-add").text());
        assertEquals(6, page.select("th").size());
    }

    @Test
    public void render_shouldShowNoControlsColumn_whenTheViewerMayChangeNothing() throws Exception {
        // Given
        ActionStepsView view = new ActionStepsView("page", null, null, null, "none", List.of("a", "b", "c", "d"),
                false, List.of(new ActionStepView(1, "Step", "Coach", null, "No due date", "open", "Open", null, null)),
                new ActionStepsControls(12, "/confluence", false, "teacher", List.of()));

        // When
        Document page = render(view);

        // Then
        assertTrue(page.select("button, .coaching-action-step-actions, [data-editable], [data-version]").isEmpty());
        assertEquals(4, page.select("th").size());
    }

    private Document render(ActionStepsView view) throws Exception {
        StringWriter out = new StringWriter();
        target.render(ActionStepsMacro.TEMPLATE, Map.of("view", view), out);
        return Jsoup.parse(out.toString());
    }
}
