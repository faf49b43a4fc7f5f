package org.coachingconversations.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coachingconversations.browser.pages.EditorPage;
import org.coachingconversations.browser.pages.MacroBrowserDialog;
import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.browser.pages.SandboxScreen;
import org.coachingconversations.browser.pages.SpsResultsPanel;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestRule;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A teacher puts the SPS results macro on her reflection page, attaches the survey export with the page's Attach
 * form, and sees the analysis with a chart per element; a malformed export shows its problems by line and column.
 */
public class SpsResultsBrowserTest {

    private static final String ANA = "Ana Ruiz";

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @ClassRule
    public static final TemporaryFolder FILES = new TemporaryFolder();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    /** Ana creates a page and inserts the SPS results macro through the macro browser. */
    private static PageView pageWithTheMacro(String title) {
        long id = BROWSER.sandbox().store().createPage(DemoSchool.SPACE_KEY, 0, title,
                "<p>My Student Perception Survey results, to talk through with Maria.</p>", "ana.ruiz");
        SandboxScreen.open(BROWSER, "/pages/viewpage.action?pageId=" + id).userSwitcher().switchTo(ANA);
        SandboxScreen.open(BROWSER, "/pages/editpage.action?pageId=" + id);
        EditorPage editor = new EditorPage(BROWSER.driver());
        return MacroBrowserDialog.open(editor, BROWSER.driver()).choose("coaching-sps-results").insert().publish();
    }

    private static Path sample() throws IOException {
        Path file = FILES.getRoot().toPath().resolve("sps-spring-2026.csv");
        try (InputStream in = SpsResultsBrowserTest.class.getResourceAsStream("/sps/colorado-sps-34-items.csv")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    @Test
    public void teacher_shouldSeeTheAnalysisAndAChartPerElement_afterAttachingTheExport() throws Exception {
        // Given
        PageView page = pageWithTheMacro("Ana Ruiz \u2014 SPS results, spring 2026");
        SpsResultsPanel before = SpsResultsPanel.on(page, BROWSER.driver());
        assertFalse(before.hasResults());
        assertEquals("No SPS export attached yet", before.noticeTitle());

        // When
        PageView attached = before.attach(sample());

        // Then
        SpsResultsPanel results = SpsResultsPanel.on(attached, BROWSER.driver());
        assertEquals(List.of("sps-spring-2026.csv"), results.attachedFiles());
        assertTrue(results.hasResults());
        assertThat(results.source(), containsString("\u201csps-spring-2026.csv\u201d"));
        assertEquals(4, results.elementRows().size());
        assertEquals(4, results.chartTitles().size());
        assertThat(results.chartTitles().get(0), containsString("Percent favorable of each item in Student Learning"));
        assertEquals(34, results.barsPerChart().stream().mapToInt(Integer::intValue).sum());
        assertThat(results.firstBarWidth(), greaterThan(100));
        results.scrollToResults();
        BROWSER.screenshot("sps-results-macro");
    }

    @Test
    public void teacher_shouldSeeLineAndColumnOfEachProblem_whenTheExportIsMalformed() throws Exception {
        // Given
        PageView page = pageWithTheMacro("Ana Ruiz \u2014 SPS results, broken export");
        Path broken = FILES.getRoot().toPath().resolve("sps-broken.csv");
        Files.writeString(broken, "Item,Element,Student group,Responses,Always,Most of the time,Sometimes,Never,"
                + "% Favorable,School average,District average\n"
                + "We learn a lot.,Student Learning,All students,28,16,8,3,1,85.7,80,78\n"
                + "My teacher explains.,Student Learning,All students,28,12,10,4,2,seventy,79,77\n");

        // When
        PageView attached = SpsResultsPanel.on(page, BROWSER.driver()).attach(broken);

        // Then
        SpsResultsPanel results = SpsResultsPanel.on(attached, BROWSER.driver());
        assertFalse(results.hasResults());
        assertEquals("The SPS export \u201csps-broken.csv\u201d cannot be analysed", results.noticeTitle());
        assertEquals(List.of("Line 3, column 9 (% Favorable): \"seventy\" is not a number."), results.problems());
    }
}
