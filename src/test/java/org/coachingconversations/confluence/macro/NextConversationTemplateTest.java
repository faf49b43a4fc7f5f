package org.coachingconversations.confluence.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.StringWriter;
import java.util.Map;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

/** The next-conversation template must be safe whatever text reaches it: a translation, an address, a date text. */
public class NextConversationTemplateTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>&\"'</p></div><script>alert(2)</script>";

    private final VelocityTemplateRenderer target = VelocityTemplateRenderer.forPlugin();

    @Test
    public void render_shouldEncodeTheDateAndTheCalendarLink_whenTheyCarryMarkup() throws Exception {
        // Given
        NextConversationView view = NextConversationView.dated(HOSTILE, "2026-03-30\"><b>", HOSTILE,
                new CalendarLinkView("/confluence/rest/x.ics?\"><b>", HOSTILE));

        // When
        Document page = render(view);

        // Then
        assertTrue(page.select("img, script, b").isEmpty());
        Element date = page.selectFirst(".coaching-next-conversation-date");
        assertEquals(HOSTILE + " " + HOSTILE, date.text());
        assertEquals("2026-03-30\"><b>", date.selectFirst("time").attr("datetime"));
        Element link = page.selectFirst(".coaching-calendar-links a.coaching-add-to-calendar");
        assertEquals("/confluence/rest/x.ics?\"><b>", link.attr("href"));
        assertEquals(HOSTILE, link.text());
        assertTrue(link.hasAttr("download"));
    }

    @Test
    public void render_shouldShowTheDateWithoutALink_whenThereIsNoFileToOffer() throws Exception {
        // When
        Document page = render(NextConversationView.dated("Next coaching conversation:", "2026-03-30", "2026-03-30",
                null));

        // Then
        assertEquals("Next coaching conversation: 2026-03-30", page.selectFirst(".coaching-next-conversation").text());
        assertTrue(page.select("a").isEmpty());
    }

    @Test
    public void render_shouldShowTheSentenceOnly_whenThereIsNoDate() throws Exception {
        // When
        Document page = render(NextConversationView.undated(HOSTILE));

        // Then
        assertTrue(page.select("img, script, b, time, a").isEmpty());
        assertEquals(HOSTILE, page.selectFirst(".coaching-next-conversation-none").text());
    }

    @Test
    public void render_shouldWriteNothing_forAViewerWhoMayNotViewThePage() throws Exception {
        // When
        String html = renderText(NextConversationView.nothing());

        // Then
        assertEquals("", html.strip());
    }

    private Document render(NextConversationView view) throws Exception {
        return Jsoup.parseBodyFragment(renderText(view));
    }

    private String renderText(NextConversationView view) throws Exception {
        StringWriter out = new StringWriter();
        target.render(NextConversationMacro.TEMPLATE, Map.of("view", view), out);
        return out.toString();
    }
}
