package org.coachingconversations.confluence.macro;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

/** The template must be safe whatever text reaches it: a note, a name, a translation, an address carrying markup. */
public class SelfCheckTemplateTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>&\"'</textarea></li><script>alert(2)</script>"
            + "<ac:structured-macro ac:name=\"html\"><ac:plain-text-body><![CDATA[<b>x</b>]]></ac:plain-text-body>"
            + "</ac:structured-macro>";

    private final VelocityTemplateRenderer target = VelocityTemplateRenderer.forPlugin();

    private static Map<String, String> labels(String value) {
        Map<String, String> labels = new HashMap<>();
        for (String name : List.of("title", "introduction", "read-only", "note", "note-hint", "save", "saving",
                "saved", "failed", "not-saved", "saved-by", "saved-at", "present", "absent")) {
            labels.put(name, value);
        }
        return labels;
    }

    private static SelfCheckView view(boolean editable, SelfCheckSavedByView savedBy) {
        return SelfCheckView.of(42, "/confluence\"><b>", "3\" onclick=\"x", editable, List.of(
                new SelfCheckQualityView("substantive", HOSTILE, HOSTILE, true, HOSTILE),
                new SelfCheckQualityView("lead-to-action\"><b>", HOSTILE, HOSTILE, false, null)),
                savedBy, labels(HOSTILE));
    }

    @Test
    public void render_shouldEncodeEveryTextAndAttribute_inTheForm() throws Exception {
        // When
        Document page = render(view(true, new SelfCheckSavedByView(HOSTILE, "/confluence/display/~a\"><b>",
                HOSTILE, "2026-12-03T10:12:00Z")));

        // Then
        assertTrue(page.select("img, script, b, ac|structured-macro, [onclick], [onerror]").isEmpty());
        Element control = page.selectFirst(".coaching-self-check");
        assertEquals("/confluence\"><b>", control.attr("data-base-url"));
        assertEquals("3\" onclick=\"x", control.attr("data-version"));
        assertEquals(HOSTILE, control.attr("data-msg-failed"));
        List<Element> boxes = page.select("input.coaching-self-check-present");
        assertEquals(List.of("substantive", "lead-to-action\"><b>"), boxes.stream().map(box -> box.attr("value"))
                .toList());
        assertEquals(List.of(true, false), boxes.stream().map(box -> box.hasAttr("checked")).toList());
        assertEquals(HOSTILE, page.selectFirst("textarea.coaching-self-check-note").val());
        assertEquals("", page.select("textarea.coaching-self-check-note").get(1).val());
        assertEquals(HOSTILE, page.selectFirst("label.coaching-self-check-term").text());
        assertEquals(HOSTILE, page.selectFirst(".coaching-self-check-saved-by").text());
        assertEquals("/confluence/display/~a\"><b>", page.selectFirst("a.coaching-self-check-saved-by").attr("href"));
        assertEquals(2, page.select("textarea").size());
    }

    @Test
    public void render_shouldShowReadOnlyMarksAndNotes_andNoFormFields_forAViewerWhoMayNotSave() throws Exception {
        // When
        Document page = render(view(false, new SelfCheckSavedByView(HOSTILE, null, HOSTILE, "x")));

        // Then
        assertTrue(page.select("form, input, textarea, button, img, script, b").isEmpty());
        assertEquals(List.of("true", "false"), page.select(".coaching-self-check-quality").eachAttr("data-present"));
        assertEquals(List.of(HOSTILE), page.select(".coaching-self-check-note-text").eachText());
        assertTrue(page.select("a.coaching-self-check-saved-by").isEmpty());
        assertEquals(HOSTILE, page.selectFirst("span.coaching-self-check-saved-by").text());
    }

    @Test
    public void render_shouldSayNothingIsSavedYet_beforeTheFirstSave() throws Exception {
        // When
        StringWriter out = new StringWriter();
        target.render(SelfCheckMacro.TEMPLATE, Map.of("view", SelfCheckView.of(42, "/confluence", "", true,
                List.of(new SelfCheckQualityView("substantive", "Substantive", "means", false, null)), null,
                labels("text"))), out);

        // Then
        Document page = Jsoup.parse(out.toString());
        assertTrue(page.selectFirst(".coaching-self-check-saved").hasAttr("hidden"));
        assertTrue(!page.selectFirst(".coaching-self-check-not-saved").hasAttr("hidden"));
        assertEquals("", page.selectFirst(".coaching-self-check").attr("data-version"));
        assertThat(out.toString(), not(containsString("$")));
    }

    @Test
    public void render_shouldShowOnlyTheMessage_whereThereIsNoSelfCheck() throws Exception {
        // When
        Document page = render(SelfCheckView.unavailable(HOSTILE, labels("text")));

        // Then
        assertEquals(HOSTILE, page.selectFirst(".coaching-self-check").text());
        assertTrue(page.select("form, ul, h3, img, script").isEmpty());
    }

    private Document render(SelfCheckView view) throws Exception {
        StringWriter out = new StringWriter();
        target.render(SelfCheckMacro.TEMPLATE, Map.of("view", view), out);
        return Jsoup.parse(out.toString());
    }
}
