package org.coachingconversations.confluence.macro;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.coachingconversations.application.sps.ShowSpsResults;
import org.coachingconversations.domain.settings.InMemorySpaceSettingsStore;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.testing.access.GrantedPagePermissions;
import org.coachingconversations.testing.attachment.InMemoryPageAttachments;
import org.coachingconversations.testing.host.RenderedOn;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.coachingconversations.testing.sal.TestUsers;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.Before;
import org.junit.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/** The SPS results macro rendered with real Velocity 1.7, the plugin's template, allowlist and message bundle. */
public class SpsResultsMacroTest {

    private static final long PAGE = 4242L;
    private static final String SPACE = "LINCOLN";
    private static final String ANA = "key-ana";
    private static final String DAVID = "key-david";
    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T09:00:00Z");
    private static final String HEADER = "Item,Element,Student group,Responses,Always,Most of the time,Sometimes,Never,"
            + "% Favorable,School average,District average\n";
    private static final String TWO_ITEMS = HEADER
            + "We learn a lot.,Student Learning,All students,28,16,8,3,1,85.7,80,78\n"
            + "My teacher explains.,Student Learning,All students,28,12,10,4,2,78.6,79,77\n"
            + "We respect each other.,Classroom Community,All students,27,20,5,1,1,92.6,85,84\n"
            + "We learn a lot.,Student Learning,English learners,12,6,4,1,1,83.3,80,78\n"
            + "We respect each other.,Classroom Community,English learners,6,3,2,1,0,83.3,85,84\n";

    private final InMemoryPageAttachments attachments = new InMemoryPageAttachments();
    private final InMemorySpaceSettingsStore settings = new InMemorySpaceSettingsStore(ZoneId.of("America/Denver"));
    private final GrantedPagePermissions permissions = new GrantedPagePermissions();
    private final TestUsers users = new TestUsers().add(ANA, "ana.ruiz", "Ana Ruiz").add(DAVID, "david.kim", "David Kim");
    private SpsResultsMacro target;

    @Before
    public void setUp() {
        permissions.allowView(PAGE, ANA);
        users.actAs(ANA);
        target = new SpsResultsMacro(VelocityTemplateRenderer.forPlugin(), BundleI18nResolver.fromDescriptor(), users,
                attachments, settings, permissions);
    }

    private Document render(Map<String, String> parameters) throws Exception {
        return Jsoup.parse(renderHtml(parameters));
    }

    private String renderHtml(Map<String, String> parameters) throws Exception {
        return target.execute(parameters, null, RenderedOn.page(PAGE, SPACE));
    }

    @Test
    public void execute_shouldShowEachElementWithItsItemsAndABarChart_whenTheExportIsValid() throws Exception {
        // Given
        attachments.attach(PAGE, "sps-fall.csv", TWO_ITEMS, MONDAY);

        // When
        Document page = render(Map.of());

        // Then
        assertEquals("Student Perception Survey results", page.selectFirst(".coaching-sps-title").text());
        assertThat(page.selectFirst(".coaching-sps-source").text(), containsString("\u201csps-fall.csv\u201d"));
        assertEquals(List.of("Student Learning 2 0 56 82.2% 82.2% 79.5% 77.5%",
                        "Classroom Community 1 0 27 92.6% 92.6% 85.0% 84.0%"),
                page.select(".coaching-sps-element-row").eachText());
        Element learning = page.select(".coaching-sps-element").first();
        assertEquals("Student Learning", learning.selectFirst(".coaching-sps-element-name").text());
        assertEquals(List.of("1 We learn a lot. 85.7% 80.0% 78.0% 28 Above Above",
                        "2 My teacher explains. 78.6% 79.0% 77.0% 28 Below Above"),
                learning.select(".coaching-sps-item").eachText());
        Elements bars = learning.select("svg .coaching-sps-bar");
        assertEquals(2, bars.size());
        assertEquals("85.7%", bars.get(0).select("text").last().text());
    }

    @Test
    public void execute_shouldDrawBarsToScaleWithTheAverageMarks() throws Exception {
        // Given
        attachments.attach(PAGE, "sps.csv", TWO_ITEMS, MONDAY);

        // When
        Element bar = render(Map.of()).selectFirst("svg .coaching-sps-bar");

        // Then: 0 % at x=40, 100 % at x=560
        assertEquals("40.0", bar.selectFirst("rect").attr("x"));
        assertEquals("445.6", bar.selectFirst("rect").attr("width"));
        assertEquals("456.0", bar.selectFirst(".coaching-sps-school-mark").attr("x1"));
        assertEquals("445.6", bar.selectFirst(".coaching-sps-district-mark").attr("x1"));
    }

    @Test
    public void execute_shouldGiveEachChartATextAlternative() throws Exception {
        // Given
        attachments.attach(PAGE, "sps.csv", TWO_ITEMS, MONDAY);

        // When
        Element svg = render(Map.of()).selectFirst("svg");

        // Then
        assertEquals("img", svg.attr("role"));
        assertEquals("Percent favorable of each item in Student Learning, with the school and district averages",
                svg.selectFirst("title").text());
        assertEquals("Item 1: 85.7% favorable (school 80.0%, district 78.0%)."
                + " Item 2: 78.6% favorable (school 79.0%, district 77.0%).", svg.selectFirst("desc").text());
    }

    @Test
    public void execute_shouldListLeadersComparisonsAndSubgroups() throws Exception {
        // Given
        attachments.attach(PAGE, "sps.csv", TWO_ITEMS, MONDAY);

        // When
        Document page = render(Map.of());

        // Then
        assertThat(page.select(".coaching-sps-leaders").first().text(),
                containsString("Items with the largest share of \u201cAlways\u201d We respect each other."
                        + " (Classroom Community): 74.1% \u2014 20 of 27 answers"));
        assertThat(page.select(".coaching-sps-comparison").first().select(".coaching-sps-below").text(),
                containsString("My teacher explains.: 78.6% against 79.0% (\u22120.4 points)"));
        assertEquals("English learners", page.selectFirst(".coaching-sps-subgroup h4").text());
        assertEquals("We learn a lot.: 83.3% against 85.7% (\u22122.4 points)",
                page.selectFirst(".coaching-sps-subgroup li").text());
    }

    @Test
    public void execute_shouldLeaveOutRowsBelowTheSpaceMinimum_andListThemWithoutFigures() throws Exception {
        // Given
        settings.save(SPACE, SpaceSettings.builder(ZoneId.of("America/Denver")).spsMinimumResponses(28).build());
        attachments.attach(PAGE, "sps.csv", TWO_ITEMS, MONDAY);

        // When
        Document page = render(Map.of());

        // Then
        assertThat(page.selectFirst(".coaching-sps-source").text(),
                containsString("Rows with fewer than 28 responses are left out."));
        assertEquals(List.of("4 We respect each other. All students Fewer than 28 responses",
                        "5 We learn a lot. English learners Fewer than 28 responses",
                        "6 We respect each other. English learners Fewer than 28 responses"),
                page.select(".coaching-sps-suppressed tbody tr").eachText());
        assertEquals(List.of("Student Learning 2 0 56 82.2% 82.2% 79.5% 77.5%",
                        "Classroom Community 0 1 0 \u2013 \u2013 \u2013 \u2013"),
                page.select(".coaching-sps-element-row").eachText());
        assertThat(page.text(), not(containsString("92.6")));
    }

    @Test
    public void execute_shouldShowHostileCellsAsText_inTablesListsAndTheChart() throws Exception {
        // Given
        String script = "<script>alert(1)</script>";
        String breakout = "\"><svg onload=alert(2)>";
        String closeTitle = "</title><img src=x onerror=alert(3)>";
        attachments.attach(PAGE, "x.csv", HEADER
                + "\"" + script + "\",\"" + breakout.replace("\"", "\"\"") + "\",All students,28,16,8,3,1,85.7,80,78\n"
                + "\"" + closeTitle + "\",\"" + breakout.replace("\"", "\"\"") + "\",\"" + script
                + "\",12,6,4,1,1,83.3,80,78\n"
                + "\"" + closeTitle + "\",\"" + breakout.replace("\"", "\"\"") + "\",All students,20,6,4,5,5,50,80,78\n",
                MONDAY);

        // When
        String html = renderHtml(Map.of());
        Document page = Jsoup.parse(html);

        // Then
        assertThat(html, not(containsString("<script")));
        assertThat(html, not(containsString("<svg onload")));
        assertThat(html, not(containsString("<img")));
        assertTrue(page.select("script, img, svg[onload]").isEmpty());
        assertEquals(breakout, page.selectFirst(".coaching-sps-element-name").text());
        assertEquals(List.of(script, closeTitle), page.select(".coaching-sps-item-text").eachText());
        assertThat(page.selectFirst("svg title").text(), containsString(breakout));
        assertEquals(script, page.selectFirst(".coaching-sps-subgroup h4").text());
    }

    @Test
    public void execute_shouldNameLineAndColumnOfEachProblem_whenTheExportIsMalformed() throws Exception {
        // Given
        attachments.attach(PAGE, "broken.csv", HEADER
                + "We learn a lot.,Student Learning,All students,28,16,8,3,1,abc,80,78\n"
                + "My teacher explains.,Student Learning,All students,28,12,10,4,2,78.6,79,\n", MONDAY);

        // When
        Document page = render(Map.of());

        // Then
        Element notice = page.selectFirst(".coaching-sps-notice");
        assertTrue(notice.hasClass("aui-message-error"));
        assertEquals("alert", notice.attr("role"));
        assertEquals("The SPS export \u201cbroken.csv\u201d cannot be analysed", notice.selectFirst(".title").text());
        assertEquals(List.of("Line 2, column 9 (% Favorable): \"abc\" is not a number.",
                        "Line 3, column 11 (District average): A value is required here."),
                notice.select(".coaching-sps-problem").eachText());
        assertTrue(page.select(".coaching-sps-results").isEmpty());
    }

    @Test
    public void execute_shouldShowProblemTextsAsText_whenTheyQuoteHostileCells() throws Exception {
        // Given
        attachments.attach(PAGE, "broken.csv", HEADER
                + "We learn a lot.,Student Learning,All students,28,16,8,3,1,<b>x</b>,80,78\n", MONDAY);

        // When
        String html = renderHtml(Map.of());

        // Then
        assertThat(html, not(containsString("<b>")));
        assertEquals("Line 2, column 9 (% Favorable): \"<b>x</b>\" is not a number.",
                Jsoup.parse(html).selectFirst(".coaching-sps-problem").text());
    }

    @Test
    public void execute_shouldReadTheNewestCsvAttachment_whenNoneIsNamed() throws Exception {
        // Given
        attachments.attach(PAGE, "spring.csv", TWO_ITEMS, MONDAY)
                .attach(PAGE, "fall.CSV", TWO_ITEMS, TUESDAY)
                .attach(PAGE, "notes.txt", "not an export", TUESDAY.plusSeconds(60));

        // When
        Document page = render(Map.of());

        // Then
        assertEquals("fall.CSV", page.selectFirst(".coaching-sps-results").attr("data-attachment"));
    }

    @Test
    public void execute_shouldReadTheNamedAttachment_whenOneIsNamed() throws Exception {
        // Given
        attachments.attach(PAGE, "spring.csv", TWO_ITEMS, MONDAY).attach(PAGE, "fall.csv", TWO_ITEMS, TUESDAY);

        // When
        Document page = render(Map.of("attachment", " spring.csv "));

        // Then
        assertEquals("spring.csv", page.selectFirst(".coaching-sps-results").attr("data-attachment"));
    }

    @Test
    public void execute_shouldAskForTheExport_whenThePageHasNoCsvAttachment() throws Exception {
        // Given
        attachments.attach(PAGE, "notes.txt", "hello", MONDAY);

        // When
        Element notice = render(Map.of()).selectFirst(".coaching-sps-notice");

        // Then
        assertTrue(notice.hasClass("aui-message-info"));
        assertEquals("No SPS export attached yet Attach the Student Perception Survey export (a .csv file) to this"
                + " page; its results appear here.", notice.text());
    }

    @Test
    public void execute_shouldNameTheMissingAttachment_escaped_whenTheNamedOneIsNotAttached() throws Exception {
        // Given
        attachments.attach(PAGE, "fall.csv", TWO_ITEMS, MONDAY);

        // When
        String html = renderHtml(Map.of("attachment", "<i>spring</i>.csv"));

        // Then
        assertThat(html, not(containsString("<i>")));
        Element notice = Jsoup.parse(html).selectFirst(".coaching-sps-notice");
        assertTrue(notice.hasClass("aui-message-warning"));
        assertThat(notice.text(), containsString("This page has no attachment named \u201c<i>spring</i>.csv\u201d."));
    }

    @Test
    public void execute_shouldSayTheExportIsTooLarge_withoutOpeningIt() throws Exception {
        // Given
        attachments.attachOfSize(PAGE, "whole-district.csv", ShowSpsResults.MAX_EXPORT_BYTES + 1, MONDAY);

        // When
        Element notice = render(Map.of()).selectFirst(".coaching-sps-notice");

        // Then
        assertTrue(notice.hasClass("aui-message-error"));
        assertEquals("The SPS export is too large The attachment \u201cwhole-district.csv\u201d is 8.0 MB; the SPS"
                + " results read exports of up to 8.0 MB. Export only the results you need (one teacher, or fewer"
                + " student groups) and attach that file.", notice.text());
    }

    @Test
    public void execute_shouldSayTheExportCannotBeRead_whenTheHostFailsToHandItOver() throws Exception {
        // Given
        attachments.unreadable(PAGE, "sps.csv", MONDAY);

        // When
        Element notice = render(Map.of()).selectFirst(".coaching-sps-notice");

        // Then
        assertEquals("The SPS export cannot be read", notice.selectFirst(".title").text());
        assertThat(notice.text(), containsString("Confluence could not read the attachment \u201csps.csv\u201d."));
    }

    @Test
    public void execute_shouldShowNothingOfThePage_whenTheViewerMayNotViewIt() throws Exception {
        // Given
        attachments.attach(PAGE, "sps.csv", TWO_ITEMS, MONDAY);
        users.actAs(DAVID);

        // When
        Document page = render(Map.of());

        // Then
        assertEquals("SPS results The SPS results are not available to you here.", page.text());
        assertEquals(List.of(), attachments.pagesRead());
    }

    @Test
    public void execute_shouldShowNothingOfThePage_whenThePermissionCheckFails() throws Exception {
        // Given
        attachments.attach(PAGE, "sps.csv", TWO_ITEMS, MONDAY);
        permissions.failing();

        // When
        Document page = render(Map.of());

        // Then
        assertEquals("SPS results The SPS results are not available to you here.", page.text());
        assertEquals(List.of(), attachments.pagesRead());
    }

    @Test
    public void execute_shouldShowNothingOfThePage_toAnAnonymousVisitor() throws Exception {
        // Given
        attachments.attach(PAGE, "sps.csv", TWO_ITEMS, MONDAY);
        users.signIn(null);

        // When
        Document page = render(Map.of());

        // Then
        assertEquals(List.of(), attachments.pagesRead());
        assertNotNull(page.selectFirst(".aui-message-info"));
    }

    @Test
    public void execute_shouldExplainItself_whenRenderedOutsideAPage() throws Exception {
        // When
        Document page = Jsoup.parse(target.execute(Map.of(), null, null));

        // Then
        assertEquals("SPS results The SPS results show on a page, from a CSV export attached to it.", page.text());
        assertEquals(List.of(), attachments.pagesRead());
    }

    @Test
    public void execute_shouldAnalyseTheThirtyFourItemSample() throws Exception {
        // Given
        String sample;
        try (InputStream in = getClass().getResourceAsStream("/sps/colorado-sps-34-items.csv")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        attachments.attach(PAGE, "colorado.csv", sample, MONDAY);

        // When
        Document page = render(Map.of());

        // Then
        assertEquals(4, page.select(".coaching-sps-element").size());
        assertEquals(34, page.select("svg .coaching-sps-bar").size());
        assertEquals(34, page.select(".coaching-sps-item").size());
    }

}
