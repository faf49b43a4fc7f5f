package org.coachingconversations.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.coachingconversations.browser.pages.AcknowledgementControl;
import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.browser.pages.WizardPage;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The acknowledgement control on a Cycle Record in a real browser: the observer marks the record finalized, the
 * teacher acknowledges receipt or objects with additional information, in place, and the observer sees the answer;
 * a teacher of another team learns nothing from the REST API.
 */
public class AcknowledgementBrowserTest {

    private static final String ANA = "Ana Ruiz";
    private static final String JAMES = "James Carter";
    private static final String DAVID = "David Kim";
    private static final String HOSTILE_REASONS = "The 3b rating misses the exit tickets <script>alert(1)</script>"
            + " <ac:structured-macro ac:name=\"html\"/> & \"quotes\"";

    private static final String REASONS = "The rating for 3b leaves out the exit tickets we looked at together in the"
            + " post-conference; they show most students checking their own work.";

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @Test
    public void teacher_shouldAcknowledgeReceipt_afterTheObserverFinalizes_andTheAnswerStaysAfterReload() {
        // Given James's record for Ana, which Ana cannot answer before it is finalized
        long pageId = cycleRecordForAna();
        AcknowledgementControl asAna = controlAs(ANA, pageId);
        assertEquals("awaiting-finalization", asAna.stage());
        assertFalse(asAna.offersAnswer());
        AcknowledgementControl asJames = controlAs(JAMES, pageId);
        assertTrue(asJames.offersFinalization());
        asJames.markFinalized();
        assertFalse(asJames.offersFinalization());
        assertThat(asJames.stageMessage(), containsString("Waiting for the teacher, Ana Ruiz"));

        // When
        AcknowledgementControl target = controlAs(ANA, pageId);
        assertTrue(target.offersAnswer());
        target.scrollIntoView();
        BROWSER.screenshot("acknowledgement-teacher");
        target.acknowledge();

        // Then, in place and after a reload, for Ana and for the observer
        assertEquals("Received", target.answerKind());
        assertEquals(ANA, target.answeredBy());
        assertFalse("an acknowledgement is final", target.offersAnswer());
        AcknowledgementControl reloaded = controlAs(ANA, pageId);
        assertEquals("acknowledged", reloaded.stage());
        assertFalse(reloaded.offersAnswer());
        AcknowledgementControl observer = controlAs(JAMES, pageId);
        assertEquals("Received", observer.answerKind());
        assertEquals(ANA, observer.answeredBy());
        assertThat(observer.answeredAt(), containsString("UTC"));
        assertThat(observer.stageMessage(), containsString("acknowledged receipt"));
    }

    @Test
    public void teacher_shouldObjectWithAdditionalInformation_whichTheObserverSeesAsText() {
        // Given a finalized record
        long pageId = cycleRecordForAna();
        controlAs(JAMES, pageId).markFinalized();
        AcknowledgementControl target = controlAs(ANA, pageId);
        assertEquals("To object, write what you object to in the additional information.",
                target.objectExpectingError());
        assertEquals("awaiting-answer", target.stage());

        // When
        target.typeAdditionalInformation(HOSTILE_REASONS).object();

        // Then
        assertEquals("Objected", target.answerKind());
        assertEquals(HOSTILE_REASONS, target.answerText());
        assertTrue("an objection may still be changed", target.offersAnswer());
        AcknowledgementControl observer = controlAs(JAMES, pageId);
        assertEquals("objected", observer.stage());
        assertEquals("Objected", observer.answerKind());
        assertEquals(ANA, observer.answeredBy());
        assertEquals(HOSTILE_REASONS, observer.answerText());
        assertFalse(observer.offersAnswer());
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".coaching-acknowledgement script")).isEmpty());

        // And Ana rewords her objection after talking with James, which he sees after a reload
        controlAs(ANA, pageId).rewordObjection(REASONS);
        AcknowledgementControl reworded = controlAs(JAMES, pageId);
        assertEquals(REASONS, reworded.answerText());
        reworded.scrollIntoView();
        BROWSER.screenshot("acknowledgement-objection");
    }

    @Test
    public void restUrls_shouldAnswer404_toATeacherOfAnotherTeam_forTheRestrictedCycleRecord() {
        // Given
        long pageId = cycleRecordForAna();
        String path = "/rest/coaching/1.0/pages/" + pageId + "/acknowledgement";
        controlAs(ANA, pageId);
        BROWSER.driver().get(BROWSER.url(path));
        assertThat(BROWSER.driver().findElement(By.tagName("body")).getText(),
                containsString("\"stage\":\"awaiting-finalization\""));

        // When
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo(DAVID);
        BROWSER.driver().get(BROWSER.url(path));
        String read = BROWSER.driver().findElement(By.tagName("body")).getText();
        BROWSER.driver().get(BROWSER.url("/rest/coaching/1.0/pages/999999/acknowledgement"));
        String missing = BROWSER.driver().findElement(By.tagName("body")).getText();
        BROWSER.driver().get(BROWSER.url("/rest/coaching/1.0/pages/" + pageId + "/action-steps"));
        String steps = BROWSER.driver().findElement(By.tagName("body")).getText();
        Object addStep = ((JavascriptExecutor) BROWSER.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin', headers: {"
                        + "'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},"
                        + " body: JSON.stringify({text: 'Mine now'})})"
                        + ".then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + t); }); })",
                BROWSER.url("/rest/coaching/1.0/pages/" + pageId + "/action-steps"));
        Object write = ((JavascriptExecutor) BROWSER.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'PUT', credentials: 'same-origin', headers: {"
                        + "'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},"
                        + " body: JSON.stringify({kind: 'received'})})"
                        + ".then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + t); }); })",
                BROWSER.url(path));

        // Then
        assertThat(read, containsString("\"status\":404,\"message\":\"Not found.\""));
        assertEquals("the same bytes as for a page that does not exist", missing, read);
        assertEquals("404 " + read, write);
        assertEquals("the record's action steps answer the same", read, steps);
        assertEquals("404 " + read, addStep);
        assertThat(read, not(containsString("Ana")));
    }

    /** James, the observer, creates a Cycle Record for Ana through the wizard; it is saved at once. */
    private static long cycleRecordForAna() {
        WizardPage wizard = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo(JAMES)
                .openCreateDialog().chooseBlueprint("Post-conference Cycle Record");
        wizard.fill("teacher", "ana.ruiz").fill("observer", DemoSchool.PRINCIPAL).fill("observationDate", "2025-09-08")
                .fill("observationType", "full").fill("conferenceDate", "2025-09-10");
        wizard.submit(PageView::new);
        String url = BROWSER.driver().getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]pageId=(\\d+).*", "$1"));
    }

    private static AcknowledgementControl controlAs(String fullName, long pageId) {
        PageView.open(BROWSER, pageId).userSwitcher().switchTo(fullName);
        PageView.open(BROWSER, pageId);
        return new AcknowledgementControl(BROWSER.driver());
    }
}
