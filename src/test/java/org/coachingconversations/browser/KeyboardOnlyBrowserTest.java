package org.coachingconversations.browser;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.coachingconversations.browser.pages.EditorPage;
import org.coachingconversations.browser.pages.FollowUpDashboardScreen;
import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.plugin.SandboxPlugin;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The app by keyboard alone: a wizard filled in and submitted, a step marked done in the action-steps control, and the
 * dashboard's overdue list paged. After a page loads, only keys are sent, to whatever has the focus.
 */
public class KeyboardOnlyBrowserTest {

    private static final String ANA = "ana.ruiz";
    /** The components judge "overdue" by the machine's clock, in the site's zone. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.systemDefault());
    /** How many Tab presses may pass before the wanted element must have the focus. */
    private static final int MOST_TABS = 80;

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    private static WebDriver driver() {
        return BROWSER.driver();
    }

    private static void press(CharSequence... keys) {
        new Actions(driver()).sendKeys(keys).perform();
    }

    /** Presses Tab until the focused element is the wanted one; fails when it never is. */
    private static WebElement tabUntil(String what, Predicate<WebElement> wanted) {
        for (int i = 0; i < MOST_TABS; i++) {
            press(Keys.TAB);
            WebElement focused = driver().switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError(what + " was not reached with " + MOST_TABS + " presses of Tab");
    }

    private static Predicate<WebElement> named(String name) {
        return element -> name.equals(element.getAttribute("name"));
    }

    @Test
    public void wizard_shouldBeFilledInAndSubmitted_withKeysOnly() {
        // Given the SPS reflection wizard
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog().chooseBlueprint("SPS reflection");

        // When the coach tabs to the teacher's picker, types and picks with Enter, then tabs through the fields
        tabUntil("the teacher's user picker", element -> element.findElements(By.xpath(
                "ancestor::div[contains(@class,'field-group')]//input[@name='teacher']")).size() > 0);
        press("ana.ruiz");
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(
                ".select2-results[data-term='ana.ruiz'] .select2-highlighted")).size() == 1);
        press(Keys.ENTER);
        tabUntil("the survey period", named("surveyPeriod"));
        press("Spring 2026");
        tabUntil("the school", named("school"));
        press("Lincoln Elementary");
        tabUntil("the district", named("district"));
        press("Denver Public Schools", Keys.ENTER);

        // Then the page was created with what was typed
        assertEquals("SPS reflection \u2014 Ana Ruiz \u2014 Spring 2026", new EditorPage(driver()).title());
    }

    @Test
    public void actionSteps_shouldMarkAStepDone_withKeysOnly() {
        // Given a coaching conversation with one open step
        long page = conversationWithSteps("Keyboard steps", 1);

        // When the coach tabs to the step's "Mark done" and presses Space
        PageView.open(BROWSER, page);
        tabUntil("Mark done", element -> "button".equals(element.getTagName())
                && "Mark done".equals(element.getText().strip()));
        press(Keys.SPACE);

        // Then the step is done
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> PageView.open(BROWSER, page)
                .actionStepsList("page").row("Keyboard step 1").status().equals("Done"));
    }

    @Test
    public void dashboard_shouldPageTheOverdueList_withKeysOnly() {
        // Given more overdue steps than one page of the list shows
        conversationWithSteps("Many overdue steps", 12);
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("James Carter");
        FollowUpDashboardScreen dashboard = FollowUpDashboardScreen.openSpacePage(BROWSER, DemoSchool.SPACE_KEY);
        List<List<String>> first = dashboard.rows("overdue");

        // When the leader tabs to the overdue list's "Next" and presses Enter
        tabUntil("the overdue list's Next", element -> element.getAttribute("class").contains("coaching-dashboard-next")
                && !element.findElements(By.xpath("ancestor::*[@data-section='overdue']")).isEmpty());
        press(Keys.ENTER);

        // Then the list shows the next rows
        new WebDriverWait(driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> !new FollowUpDashboardScreen(d)
                .rows("overdue").equals(first));
    }

    /** A registered coaching conversation, as the creation listener registers one, with overdue steps of Ana's. */
    private static long conversationWithSteps(String title, int steps) {
        long page = BROWSER.sandbox().store().createPage(DemoSchool.SPACE_KEY, BROWSER.pageId(DemoSchool.SPACE_NAME),
                title, "<ac:structured-macro ac:name=\"coaching-action-steps\"></ac:structured-macro>",
                DemoSchool.COACH);
        SandboxPlugin plugin = BROWSER.sandbox().plugin();
        plugin.component(ConversationStore.class).register(new StoredConversation(page, DemoSchool.SPACE_KEY,
                ConversationType.COACHING_CONVERSATION, plugin.userKey(ANA),
                Optional.of(plugin.userKey(DemoSchool.COACH)), TODAY.minusDays(30), Optional.empty(),
                Optional.empty()));
        plugin.component(ActionStepStore.class).addToPage(page, IntStream.rangeClosed(1, steps)
                .mapToObj(i -> ActionStep.open(page, DemoSchool.SPACE_KEY, plugin.userKey(ANA),
                        ParticipantRole.TEACHER, "Keyboard step " + i, TODAY.minusDays(i))).toList());
        plugin.component(ConversationStore.class).recordLeadsToAction(page, true);
        return page;
    }
}
