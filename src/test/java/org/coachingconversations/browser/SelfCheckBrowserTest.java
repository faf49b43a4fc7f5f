package org.coachingconversations.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import org.coachingconversations.browser.pages.EditorPage;
import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.browser.pages.SelfCheckControl;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.browser.pages.WizardPage;
import org.coachingconversations.domain.quality.QualitySelfCheck;
import org.coachingconversations.domain.quality.SavedSelfCheck;
import org.coachingconversations.domain.quality.SelfCheckStore;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.data.Restriction;
import org.coachingconversations.sandbox.plugin.SandboxPlugin;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;

/**
 * The conversation-quality self-check on a coaching conversation created through its wizard, in a real browser
 * against the sandbox: the coach saves it in place and finds it after a reload, a colleague who may view but not
 * edit the page sees it read-only, and a save made from a stale page gets the conflict message.
 */
public class SelfCheckBrowserTest {

    private static final String ANA = "ana.ruiz";
    private static final String NOTE = "We looked at Monday's exit tickets on equivalent fractions.";
    private static final String HOSTILE_NOTE = "Exit tickets <script>alert(1)</script> \"quoted\" & 'single' "
            + "<ac:structured-macro ac:name=\"html\"/>";

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    /** Maria (the coach, the default user) creates a coaching conversation with Ana; only the two may edit it. */
    private static long conversationWithAna(String date) {
        WizardPage wizard = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("Maria Lopez")
                .openCreateDialog().chooseBlueprint("Coaching conversation");
        wizard.fill("teacher", ANA).fill("coach", DemoSchool.COACH).fill("conversationDate", date)
                .fill("entryPoint", "analyze-deeper-cause").fill("focus", "Checks for understanding");
        PageView created = wizard.submit(EditorPage::new).publish();
        long pageId = BROWSER.pageId(created.title());
        BROWSER.sandbox().store().setEditRestrictions(pageId,
                List.of(Restriction.user(DemoSchool.COACH), Restriction.user(ANA)));
        return pageId;
    }

    @Test
    public void coach_shouldSaveTicksAndNotesInPlace_andFindThemAfterReload_whileAColleagueSeesThemReadOnly() {
        // Given
        long pageId = conversationWithAna("2025-09-15");
        SelfCheckControl asCoach = SelfCheckControl.on(PageView.open(BROWSER, pageId), BROWSER.driver());
        assertTrue(asCoach.isEditable());
        assertEquals("Not saved yet.", asCoach.savedLine());

        // When
        asCoach.tick("substantive").tick("recent-information").tick("lead-to-action")
                .typeNote("substantive", NOTE).typeNote("lead-to-action", "Ana tries think-pair-share; we meet on 9/29.")
                .save();

        // Then the control says so without leaving the page
        assertEquals("Saved.", asCoach.status());
        assertThat(asCoach.savedLine(), startsWith("Last saved by Maria Lopez at "));

        // When the page is loaded again
        PageView reloaded = PageView.open(BROWSER, pageId);
        SelfCheckControl again = SelfCheckControl.on(reloaded, BROWSER.driver());

        // Then
        assertEquals(List.of("substantive", "recent-information", "lead-to-action"), again.presentQualities());
        assertEquals(NOTE, again.note("substantive"));
        assertThat(again.savedLine(), startsWith("Last saved by Maria Lopez at "));
        reloaded.scrollTo("Conversation-quality self-check");
        BROWSER.screenshot("self-check");

        // When a teacher who may view the page but is neither its teacher nor its coach, nor an editor, opens it
        reloaded.userSwitcher().switchTo("David Kim");
        SelfCheckControl asColleague = SelfCheckControl.on(PageView.open(BROWSER, pageId), BROWSER.driver());

        // Then read-only: the marks and the note as text, no field, no button, no script run
        assertFalse(asColleague.isEditable());
        assertEquals(List.of("substantive", "recent-information", "lead-to-action"), asColleague.presentQualities());
        assertEquals(NOTE, asColleague.note("substantive"));
        assertTrue(BROWSER.driver().findElements(By.cssSelector(
                ".coaching-self-check textarea, .coaching-self-check button")).isEmpty());
    }

    @Test
    public void notes_shouldStayTheTextTheyWereTyped_whenTheyHoldMarkup() {
        // Given
        long pageId = conversationWithAna("2025-09-17");
        SelfCheckControl asCoach = SelfCheckControl.on(PageView.open(BROWSER, pageId), BROWSER.driver());

        // When
        asCoach.typeNote("non-defensive", HOSTILE_NOTE).save();

        // Then (a script that ran would have opened an alert, which fails every later step)
        assertEquals("Saved.", asCoach.status());
        assertEquals(HOSTILE_NOTE, SelfCheckControl.on(PageView.open(BROWSER, pageId), BROWSER.driver())
                .note("non-defensive"));
        PageView.open(BROWSER, pageId).userSwitcher().switchTo("David Kim");
        SelfCheckControl asColleague = SelfCheckControl.on(PageView.open(BROWSER, pageId), BROWSER.driver());
        assertEquals(HOSTILE_NOTE, asColleague.note("non-defensive"));
        assertTrue(BROWSER.driver().findElements(By.cssSelector("#main-content-body script")).isEmpty());
    }

    @Test
    public void save_shouldShowWhoChangedIt_whenTheTeacherSavedSinceThePageWasLoaded() {
        // Given the coach has the page open at version 0
        long pageId = conversationWithAna("2025-09-16");
        SelfCheckControl asCoach = SelfCheckControl.on(PageView.open(BROWSER, pageId), BROWSER.driver());
        asCoach.tick("substantive").save();
        assertEquals("Saved.", asCoach.status());
        SandboxPlugin plugin = BROWSER.sandbox().plugin();
        // ... and the teacher saves from her own browser meanwhile
        plugin.component(SelfCheckStore.class).saveChange(new SavedSelfCheck(DemoSchool.SPACE_KEY,
                QualitySelfCheck.forConversation(pageId).build(), plugin.userKey(ANA),
                Instant.parse("2025-09-16T14:05:00Z")), 0);

        // When the coach saves again from the page she loaded before
        asCoach.tick("non-defensive").save();

        // Then nothing of hers is saved, and she is told who saved and when
        assertEquals("", asCoach.status());
        assertThat(asCoach.error(), containsString("Ana Ruiz saved this conversation-quality self-check at "
                + "Sep 16, 2025, 2:05 PM UTC"));
        assertEquals(List.of(), SelfCheckControl.on(PageView.open(BROWSER, pageId), BROWSER.driver())
                .presentQualities());
    }
}
