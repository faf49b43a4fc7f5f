package org.coachingconversations.confluence.macro;

import org.coachingconversations.domain.guide.AgendaStep;
import org.coachingconversations.domain.guide.MqiAgenda;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.coachingconversations.testing.i18n.ReaderLanguages;
import java.util.Locale;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/** The agenda macro through real Velocity 1.7, the real template and the real bundles. */
public class AgendaMacroTest {

    private static final String HOSTILE = "<script>alert('x')</script><ac:structured-macro ac:name=\"html\"/>\"&";

    private final BundleI18nResolver bundle = BundleI18nResolver.fromDescriptor();
    private final ReaderLanguages languages = ReaderLanguages.reading(Locale.ENGLISH);
    private final AgendaMacro target = new AgendaMacro(VelocityTemplateRenderer.forPlugin(), bundle,
            new ReaderDates(languages));

    @Test
    public void execute_shouldShowTheNineTimeBoxesOfTheSixtyMinuteConversation() throws Exception {
        // When
        Document page = render();

        // Then
        assertEquals("Outline of a 60 min coaching conversation", page.select(".coaching-agenda-title").text());
        assertEquals(List.of("3 min", "2 min", "10 min", "4 min", "2 min", "10 min", "12 min", "5 min", "12 min"),
                page.select(".coaching-agenda-row .coaching-agenda-time-box").eachText());
        assertEquals("60 min", page.select(".coaching-agenda-total-time").text());
        assertTrue(page.select(".coaching-agenda-clock").isEmpty());
        assertTrue(page.select(".coaching-agenda-note").isEmpty());
    }

    @Test
    public void execute_shouldShowEveryStepOfTheCatalogue_withItsTitleGoalsAndOptionalMark() throws Exception {
        // When
        Document page = render();

        // Then
        List<Element> rows = page.select(".coaching-agenda-row");
        List<AgendaStep> steps = MqiAgenda.steps();
        assertEquals(steps.size(), rows.size());
        for (int i = 0; i < steps.size(); i++) {
            AgendaStep step = steps.get(i);
            Element row = rows.get(i);
            assertEquals(step.id(), row.attr("data-step"));
            assertThat(row.text(), containsString(step.number() + ". "));
            assertThat(row.text(), containsString(bundle.getText(step.title().key())));
            step.goals().forEach(goal -> assertThat(row.text(), containsString(bundle.getText(goal.key()))));
            assertEquals(step.optional(), !row.select(".coaching-agenda-optional").isEmpty());
        }
        assertEquals("(Optional)", page.selectFirst("[data-step=other-feedback] .coaching-agenda-optional").text());
        assertEquals(List.of("Continue to reinforce the rubric lens", "Guide teacher to reflect on and analyze own"
                        + " practice", "Generate actionable ways that could move practice toward the next level"),
                page.select("[data-step=discuss-first-clip] li.coaching-agenda-goal-text").eachText());
    }

    @Test
    public void execute_shouldTurnTheTimeBoxesIntoClockTimes_whenAStartTimeIsGiven() throws Exception {
        // When
        Document page = render("start", "9:00");

        // Then
        assertEquals(List.of("9:00 AM\u20139:03 AM", "9:03 AM\u20139:05 AM", "9:05 AM\u20139:15 AM",
                        "9:15 AM\u20139:19 AM", "9:19 AM\u20139:21 AM", "9:21 AM\u20139:31 AM",
                        "9:31 AM\u20139:43 AM", "9:43 AM\u20139:48 AM", "9:48 AM\u201310:00 AM"),
                page.select(".coaching-agenda-clock").eachText());
        assertEquals("9:00 AM\u201310:00 AM", page.select(".coaching-agenda-total-time").text());
    }

    @Test
    public void execute_shouldWriteTheClockTimesAsTheReaderDoes_whenTheReaderIsSpanish() throws Exception {
        // Given
        languages.reader(ReaderLanguages.SPANISH);

        // When
        Document page = render("start", "15:30");

        // Then
        assertEquals("15:30\u201315:33", page.selectFirst("[data-step=introduction] .coaching-agenda-clock").text());
        assertEquals("15:30\u201316:30", page.select(".coaching-agenda-total-time").text());
    }

    @Test
    public void execute_shouldRunPastMidnight_whenTheConversationStartsLate() throws Exception {
        // When
        Document page = render("start", "23:30");

        // Then
        assertEquals("11:30 PM\u201312:30 AM", page.select(".coaching-agenda-total-time").text());
    }

    @Test
    public void execute_shouldNameTheStartTimeAndItsFormat_whenTheStartIsNotATime() throws Exception {
        for (String bad : List.of("9am", "24:00", "09:60", "9.30", "0930", HOSTILE)) {
            // When
            String html = target.execute(Map.of("start", bad), null, null);

            // Then
            Element error = Jsoup.parse(html).selectFirst(".aui-message-error");
            assertNotNull(bad, error);
            assertEquals("The agenda cannot be shown", error.selectFirst(".title").text());
            assertThat(bad, error.text(), containsString("Start time: \u201c" + bad
                    + "\u201d is not a time of day; write it as HH:mm, e.g. 09:30."));
            assertThat(bad, html, not(containsString("<script")));
            assertThat(bad, html, not(containsString("<ac:structured-macro")));
            assertTrue(bad, Jsoup.parse(html).select(".coaching-agenda").isEmpty());
        }
    }

    @Test
    public void execute_shouldShowEachNoteAsTextInItsRow() throws Exception {
        // When
        String html = target.execute(Map.of("note3", HOSTILE, "note9", "  Maya types the log  "), null, null);

        // Then
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script").isEmpty());
        assertThat(html, not(containsString("<ac:structured-macro")));
        assertEquals(HOSTILE, page.selectFirst("[data-step=stock-clip] .coaching-agenda-note").text());
        assertEquals("Maya types the log", page.selectFirst("[data-step=action-plan] .coaching-agenda-note").text());
        assertEquals("", page.selectFirst("[data-step=introduction] .coaching-agenda-note").text());
        assertEquals("Notes", page.select("th").get(2).text());
    }

    @Test
    public void execute_shouldNameTheNote_whenItIsTooLong() throws Exception {
        // When
        Element error = Jsoup.parse(target.execute(Map.of("note2", "x".repeat(501)), null, null))
                .selectFirst(".aui-message-error");

        // Then
        assertThat(error.text(), containsString("Note for step 2: the text has 501 characters; at most 500 fit."));
    }

    @Test
    public void execute_shouldIgnoreBlankValues_andRenderWithoutParameters() throws Exception {
        // When
        Document page = Jsoup.parse(target.execute(Map.of("start", " ", "note1", "   "), null, null));
        Document none = Jsoup.parse(target.execute(null, null, null));

        // Then
        assertEquals(9, page.select(".coaching-agenda-row").size());
        assertTrue(page.select(".coaching-agenda-note").isEmpty());
        assertEquals(9, none.select(".coaching-agenda-row").size());
    }

    @Test
    public void macro_shouldBeABlockMacroWithoutBody() {
        assertEquals(AgendaMacro.BodyType.NONE, target.getBodyType());
        assertEquals(AgendaMacro.OutputType.BLOCK, target.getOutputType());
    }

    private Document render(String... nameValuePairs) throws Exception {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            parameters.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return Jsoup.parse(target.execute(parameters, null, null));
    }
}
