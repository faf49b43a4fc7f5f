package org.coachingconversations.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coachingconversations.browser.pages.EditorPage;
import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.browser.pages.WizardPage;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.testing.calendar.IcsFile;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A coach creates a coaching conversation, or a video coaching cycle, with the date of the next one; the published
 * page shows that date, read from what the app stored, and an "Add to calendar" link whose download a calendar program
 * imports (read strictly by ical4j).
 */
public class NextConversationBrowserTest {

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @Test
    public void coachingConversation_shouldShowItsNextDate_withALinkThatDownloadsAValidCalendarFile() {
        // Given
        WizardPage wizard = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog()
                .chooseBlueprint("Coaching conversation");
        wizard.fill("teacher", "ana.ruiz").fill("coach", DemoSchool.COACH).fill("conversationDate", "2025-09-12")
                .fill("entryPoint", "analyze-deeper-cause").fill("focus", "Wait time; then, cold calls")
                .fill("nextConversationDate", "2025-09-26");

        // When
        wizard.submit(EditorPage::new).publish().scrollTo("Next conversation");
        long pageId = Long.parseLong(BROWSER.driver().getCurrentUrl().replaceAll(".*[?&]pageId=(\\d+).*", "$1"));
        BROWSER.screenshot("next-conversation");

        // Then
        assertNextConversation(pageId, LocalDate.of(2025, 9, 26), "Sep 26, 2025");
    }

    @Test
    public void videoCoachingCycle_shouldShowItsNextDateInTheCollaborativeLog_withALinkThatDownloadsAValidCalendarFile() {
        // Given
        WizardPage wizard = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog()
                .chooseBlueprint("Video coaching cycle");
        wizard.fill("teacher", "sarah.johnson").fill("coach", DemoSchool.COACH).fill("meetingDate", "2025-09-24")
                .fill("meetingTime", "15:30").fill("focus", "Student discourse during the launch of a task")
                .fill("rubricCodes", "MQI-2a")
                .fill("clip1", "03:15-08:40").fill("clip1Reason", "Students explain their strategies to a partner")
                .fill("clip2", "21:05-24:30").fill("clip2Reason", "The whole-class share after the task")
                .fill("stockClip", "Ms. Rivera: Number talks in grade 5").fill("nextConversationDate", "2025-10-08");

        // When
        wizard.submit(EditorPage::new).publish();
        long pageId = Long.parseLong(BROWSER.driver().getCurrentUrl().replaceAll(".*[?&]pageId=(\\d+).*", "$1"));
        ((JavascriptExecutor) BROWSER.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                BROWSER.driver().findElement(By.cssSelector(".coaching-next-conversation")));
        BROWSER.screenshot("video-next-conversation");

        // Then
        assertNextConversation(pageId, LocalDate.of(2025, 10, 8), "Oct 8, 2025");
    }

    /** The page shows the stored date once, and its link downloads a calendar file a strict parser reads. */
    private static void assertNextConversation(long pageId, LocalDate date, String shown) {
        List<WebElement> macros = BROWSER.driver().findElements(By.cssSelector(".coaching-next-conversation"));
        assertEquals(1, macros.size());
        WebElement next = macros.get(0);
        assertEquals("Next coaching conversation: " + shown,
                next.findElement(By.cssSelector(".coaching-next-conversation-date")).getText());
        WebElement link = next.findElement(By.cssSelector(".coaching-calendar-links a.coaching-add-to-calendar"));
        assertEquals("Add to calendar", link.getText());
        assertTrue(link.getAttribute("href"), link.getAttribute("href")
                .endsWith("/rest/coaching/1.0/calendar/pages/" + pageId + "/next-conversation.ics"));
        List<String> download = download(link.getAttribute("href"));
        assertEquals("200", download.get(0));
        assertEquals("text/calendar;charset=utf-8", download.get(1).replace(" ", "").toLowerCase());
        IcsFile file = IcsFile.read(download.get(2));
        assertEquals(date, file.date("DTSTART"));
        assertTrue(file.value("URL"), file.value("URL").endsWith("/pages/viewpage.action?pageId=" + pageId));
        assertEquals("Next coaching conversation", file.value("SUMMARY"));
    }

    /** What the browser gets from the link, as the signed-in user: status, type, text. */
    @SuppressWarnings("unchecked")
    private static List<String> download(String url) {
        return (List<String>) ((JavascriptExecutor) BROWSER.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(response => response.text().then("
                        + "text => done([String(response.status), response.headers.get('Content-Type'), text])))"
                        + ".catch(error => done(['0', '', String(error)]));", url);
    }
}
