package org.coachingconversations.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.browser.pages.ActionStepsList;
import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.data.Restriction;
import org.coachingconversations.sandbox.plugin.SandboxPlugin;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/**
 * People keep action steps up to date on the page, in place, through the action-steps macro and the REST API: the
 * step's owner and the page's editors change it, anybody else only reads it; a change based on a stale version is
 * refused with the name of whoever changed the step; typed markup stays text.
 */
public class ActionStepsEditingBrowserTest {

    private static final String ANA = "ana.ruiz";
    private static final String MARIA = "Maria Lopez";
    private static final String ANA_NAME = "Ana Ruiz";
    private static final String DAVID_NAME = "David Kim";
    private static final String MACRO = "<ac:structured-macro ac:name=\"coaching-action-steps\""
            + " ac:schema-version=\"1\"></ac:structured-macro>";
    /**
     * The components judge "overdue" by the machine's clock, not the sandbox's fixed one: a due date years ahead is
     * neither overdue nor due soon, and keeps the screenshot the same from run to run.
     */
    private static final LocalDate LATER = LocalDate.of(2031, 3, 14);
    /** How the control shows a due date to an English reader; the editor's field keeps the ISO value. */
    private static final java.time.format.DateTimeFormatter SHOWN_DUE = java.time.format.DateTimeFormatter
            .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(java.util.Locale.ENGLISH);

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @Test
    public void teacher_shouldMarkHerStepDone_andItStaysDoneAfterReload() {
        // Given a page only the coach may edit, with a step Ana owns and one the coach owns
        long page = pageWithSteps("Ana Ruiz \u2014 steps to mark done",
                step(ANA, ParticipantRole.TEACHER, "Use exit tickets in every math lesson"),
                step(DemoSchool.COACH, ParticipantRole.COACH, "Model a think-aloud"));
        BROWSER.sandbox().store().setEditRestrictions(page, List.of(Restriction.user(DemoSchool.COACH)));

        // When Ana, who may not edit the page, marks her own step done
        PageView view = PageView.open(BROWSER, page);
        view.userSwitcher().switchTo(ANA_NAME);
        ActionStepsList steps = PageView.open(BROWSER, page).actionStepsList("page");
        assertTrue("the coach's step is not hers to change", steps.row("Model a think-aloud").buttons().isEmpty());
        ActionStepsList.Row exitTickets = steps.row("Use exit tickets in every math lesson").click("Mark done");

        // Then the row shows the server's step at once, and the page again after a reload
        assertEquals("Done", exitTickets.status());
        assertEquals(List.of("Edit", "Reopen", "Remove"), exitTickets.buttons());
        ActionStepsList reloaded = PageView.open(BROWSER, page).actionStepsList("page");
        assertEquals("Done", reloaded.row("Use exit tickets in every math lesson").status());
        assertEquals("Open", reloaded.row("Model a think-aloud").status());
    }

    @Test
    public void coach_shouldRescheduleAStep_inPlace() {
        // Given
        long page = pageWithSteps("Ana Ruiz \u2014 coaching conversation steps",
                step(ANA, ParticipantRole.TEACHER, "Try cold-call cards with the blue group"),
                step(DemoSchool.COACH, ParticipantRole.COACH, "Model regrouping from exit tickets"));
        ActionStepsList steps = PageView.open(BROWSER, page).actionStepsList("page");
        String address = BROWSER.driver().getCurrentUrl();

        // When the coach opens the editor and gives the step a new due date
        ActionStepsList.Editor editor = steps.row("Try cold-call cards with the blue group").edit();
        assertTrue("the editor starts in the text field", editor.hasFocus("text"));
        assertEquals(LATER.toString(), editor.value("dueOn"));
        assertEquals(ANA, editor.value("owner"));
        LocalDate rescheduled = LATER.plusWeeks(3);
        BROWSER.screenshot("action-steps-editing");
        ActionStepsList.Row row = editor.date(rescheduled.toString()).save();

        // Then, without leaving the page
        assertEquals(address, BROWSER.driver().getCurrentUrl());
        assertEquals(shown(rescheduled), row.due());
        assertEquals(ANA_NAME, row.owner());
        ActionStepsList reloaded = PageView.open(BROWSER, page).actionStepsList("page");
        assertEquals(shown(rescheduled), reloaded.row("Try cold-call cards with the blue group").due());
        assertTrue(reloaded.row("Try cold-call cards with the blue group").calendarUrl()
                .matches(".*/rest/coaching/1\\.0/calendar/action-steps/\\d+\\.ics"));
    }

    @Test
    public void coach_shouldRemoveAStepAfterConfirming_andSeeTheListSayItIsEmpty() {
        // Given
        long page = pageWithSteps("Ana Ruiz \u2014 a step to remove",
                step(ANA, ParticipantRole.TEACHER, "Observe a colleague's reading lesson"));
        ActionStepsList steps = PageView.open(BROWSER, page).actionStepsList("page");

        // When
        steps.row("Observe a colleague's reading lesson").remove();

        // Then
        assertEquals(List.of(), steps.texts());
        assertEquals("The step was removed.", steps.announcement());
        assertEquals("No action steps are recorded for this page.",
                BROWSER.driver().findElement(By.cssSelector(".coaching-action-steps-empty")).getText());
        assertEquals(List.of(), PageView.open(BROWSER, page).actionStepsList("page").texts());
    }

    @Test
    public void keyboard_shouldEditAStepWithoutAMouse_andLeaveTheFocusOnItsRow() {
        // Given
        long page = pageWithSteps("Ana Ruiz \u2014 steps by keyboard",
                step(ANA, ParticipantRole.TEACHER, "Ask two why-questions per lesson"));
        ActionStepsList steps = PageView.open(BROWSER, page).actionStepsList("page");

        // When the coach presses Enter on Edit, types the new text, tabs to the owner and presses Enter
        ActionStepsList.Row row = steps.editWithKeyboard("Ask two why-questions per lesson")
                .keys(Keys.chord(Keys.CONTROL, "a"), "Ask three why-questions per lesson")
                .keys(Keys.TAB).enterToSave();

        // Then the step is saved and the focus is back on its Edit button
        assertEquals("Ask three why-questions per lesson", row.text());
        assertTrue(row.hasFocusOn("Edit"));
        assertEquals(List.of("Ask three why-questions per lesson"),
                PageView.open(BROWSER, page).actionStepsList("page").texts());
    }

    @Test
    public void staleWindow_shouldGetTheConflictNamingWhoChangedTheStep_andShowTheStepAsItIsNow() {
        // Given the coach has the page open in one window
        long page = pageWithSteps("Ana Ruiz \u2014 steps changed twice",
                step(ANA, ParticipantRole.TEACHER, "Plan the fractions unit with the grade team"));
        WebDriver driver = BROWSER.driver();
        ActionStepsList coachWindow = PageView.open(BROWSER, page).actionStepsList("page");
        String first = driver.getWindowHandle();

        // When, in a second window, Ana reschedules the step, and the coach then marks it done in the first
        driver.switchTo().newWindow(WindowType.TAB);
        PageView second = PageView.open(BROWSER, page);
        second.userSwitcher().switchTo(ANA_NAME);
        LocalDate anasDate = LATER.plusDays(10);
        PageView.open(BROWSER, page).actionStepsList("page").row("Plan the fractions unit with the grade team").edit()
                .date(anasDate.toString()).save();
        PageView.open(BROWSER, page).userSwitcher().switchTo(MARIA);
        driver.close();
        driver.switchTo().window(first);
        ActionStepsList.Row stale = coachWindow.row("Plan the fractions unit with the grade team").click("Mark done");

        // Then nothing was saved over Ana's change: her name, and the step as it is now
        assertThat(stale.message(), containsString(ANA_NAME));
        assertEquals("Open", stale.status());
        assertEquals(shown(anasDate), stale.due());
        assertEquals(List.of("Edit", "Mark done", "Drop", "Remove"), stale.buttons());
    }

    @Test
    public void viewerWhoMayNotEditAndOwnsNothing_shouldSeeTheStepsWithoutAnyControl() {
        // Given a page only the coach may edit
        long page = pageWithSteps("Ana Ruiz \u2014 steps others read",
                step(ANA, ParticipantRole.TEACHER, "Read the chapter on questioning"));
        BROWSER.sandbox().store().setEditRestrictions(page, List.of(Restriction.user(DemoSchool.COACH)));

        // When David, a colleague who may view it, opens it
        PageView.open(BROWSER, page).userSwitcher().switchTo(DAVID_NAME);
        PageView view = PageView.open(BROWSER, page);
        ActionStepsList steps = view.actionStepsList("page");

        // Then the steps, and nothing to change them with
        assertEquals(List.of("Read the chapter on questioning"), steps.texts());
        assertFalse(steps.hasControls());
        assertTrue(BROWSER.driver().findElements(By.cssSelector("#main-content-body button")).isEmpty());
    }

    @Test
    public void hostileTextTypedIntoTheStep_shouldShowAsTextAfterReload_andTheOwnerFieldShouldGetTheServersMessage() {
        // Given
        long page = pageWithSteps("Ana Ruiz \u2014 steps with markup");
        ActionStepsList steps = PageView.open(BROWSER, page).actionStepsList("page");
        List<String> hostile = List.of(
                "<script>window.coachingHacked = 1</script>",
                "\"><img src=x onerror=\"window.coachingHacked = 2\">",
                "<ac:structured-macro ac:name=\"html\"><ac:plain-text-body><![CDATA[<b>bold</b>]]>"
                        + "</ac:plain-text-body></ac:structured-macro>");

        // When the coach adds a step with each text, then one with an owner name that is markup
        for (String text : hostile) {
            ActionStepsList.Row added = steps.add().type("text", text).type("owner", ANA).save();
            assertEquals(text, added.text());
        }
        ActionStepsList.Editor refused = steps.add().type("text", "Visit a colleague's lesson")
                .type("owner", "<b>nobody</b>").saveRefused();

        // Then the server's message stands next to the owner field, as text
        assertThat(refused.fieldError("owner"), containsString("<b>nobody</b>"));
        assertTrue(refused.hasFocus("owner"));
        refused.cancelWithEscape();

        // And after a reload every text shows exactly as typed, and none of it ran or became markup
        ActionStepsList reloaded = PageView.open(BROWSER, page).actionStepsList("page");
        assertEquals(hostile, reloaded.texts());
        JavascriptExecutor script = (JavascriptExecutor) BROWSER.driver();
        assertNull(script.executeScript("return window.coachingHacked === undefined ? null : window.coachingHacked;"));
        assertTrue(BROWSER.driver().findElements(By.cssSelector("#main-content-body img, #main-content-body b,"
                + " #main-content-body script:not([src])")).isEmpty());
    }

    /** A page in the demo space with the action-steps macro and these steps, as the coach created it. */
    private static long pageWithSteps(String title, ActionStep... steps) {
        long page = BROWSER.sandbox().store().createPage(DemoSchool.SPACE_KEY, BROWSER.pageId(DemoSchool.SPACE_NAME),
                title, "<p>Our steps:</p>" + MACRO, DemoSchool.COACH);
        // As the creation listener registers a blueprint page: steps are added to the app's own pages only.
        SandboxPlugin plugin = BROWSER.sandbox().plugin();
        plugin.component(ConversationStore.class).register(new StoredConversation(page, DemoSchool.SPACE_KEY,
                ConversationType.COACHING_CONVERSATION, plugin.userKey(ANA),
                Optional.of(plugin.userKey(DemoSchool.COACH)), LocalDate.of(2025, 9, 15), Optional.empty(),
                Optional.empty()));
        if (steps.length > 0) {
            List<ActionStep> onPage = Arrays.stream(steps).map(step -> ActionStep.open(page,
                    DemoSchool.SPACE_KEY, step.ownerKey().orElse(null), step.role(), step.description(),
                    step.dueOn().orElse(null))).toList();
            plugin.component(ActionStepStore.class).addToPage(page, onPage);
        }
        return page;
    }

    /** A step of the page to come (its page id is set when the page exists). */
    private static ActionStep step(String owner, ParticipantRole role, String text) {
        SandboxPlugin plugin = BROWSER.sandbox().plugin();
        return ActionStep.open(1, DemoSchool.SPACE_KEY, plugin.userKey(owner), role, text, LATER);
    }

    private static String shown(LocalDate due) {
        return SHOWN_DUE.format(due);
    }
}
