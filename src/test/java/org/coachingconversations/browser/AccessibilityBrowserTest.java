package org.coachingconversations.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.coachingconversations.browser.pages.EditorPage;
import org.coachingconversations.browser.pages.FollowUpDashboardScreen;
import org.coachingconversations.browser.pages.FollowUpJobPage;
import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.browser.pages.SpaceSettingsPage;
import org.coachingconversations.browser.pages.WizardPage;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.plugin.SandboxPlugin;
import org.junit.AfterClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

/**
 * WCAG 2.1 A and AA, as axe-core finds it, on every screen of the app the sandbox shows: the four wizards empty and
 * refused, the pages they create, every macro (the action steps also while editing), the dashboard, the space
 * settings page with its field errors, the follow-up job's admin page and the digest subscription page.
 */
public class AccessibilityBrowserTest {

    private static final String ANA = "ana.ruiz";
    /** The components judge "overdue" by the machine's clock, in the site's zone. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.systemDefault());

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @AfterClass
    public static void printCount() {
        System.out.println(Axe.summary());
    }

    private static WizardPage wizard(String blueprint) {
        return SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog().chooseBlueprint(blueprint);
    }

    private static void check(String screen) {
        Axe.check(BROWSER.driver(), screen);
    }

    @Test
    public void spaceHomeAndCreateDialog_shouldHaveNoViolations() {
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY);
        check("space home");
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog();
        check("create dialog");
    }

    @Test
    public void spsWizard_shouldHaveNoViolations_emptyRefusedAndCreated() {
        WizardPage wizard = wizard("SPS reflection");
        check("SPS wizard");
        wizard.fill("teacher", "nobody.here").fill("surveyPeriod", "Fall 2025").fill("school", "Lincoln Elementary")
                .fill("district", "Denver Public Schools");
        wizard.submitExpectingRefusal();
        check("SPS wizard, refused");
        EditorPage editor = wizard("SPS reflection").fill("teacher", ANA).fill("surveyPeriod", "Fall 2025")
                .fill("school", "Lincoln Elementary").fill("district", "Denver Public Schools")
                .submit(EditorPage::new);
        check("editor with the SPS reflection");
        editor.publish();
        check("SPS reflection page");
    }

    @Test
    public void cycleRecordWizard_shouldHaveNoViolations_emptyRefusedAndCreated() {
        WizardPage wizard = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("James Carter")
                .openCreateDialog().chooseBlueprint("Post-conference Cycle Record");
        check("Cycle Record wizard");
        wizard.fill("teacher", "david.kim").fill("observer", DemoSchool.PRINCIPAL).fill("observationDate", "2025-09-08")
                .fill("observationType", "focused").fill("conferenceDate", "2025-09-05");
        wizard.submitExpectingRefusal();
        check("Cycle Record wizard, refused");
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog()
                .chooseBlueprint("Post-conference Cycle Record").fill("teacher", "david.kim")
                .fill("observer", DemoSchool.PRINCIPAL).fill("observationDate", "2025-09-08")
                .fill("observationType", "full").fill("conferenceDate", "2025-09-10").submit(PageView::new);
        check("Cycle Record page");
    }

    @Test
    public void videoWizard_shouldHaveNoViolations_emptyRefusedAndCreated() {
        WizardPage wizard = wizard("Video coaching cycle");
        check("video coaching cycle wizard");
        wizard.fill("teacher", "nobody.here").fill("coach", DemoSchool.COACH).fill("meetingDate", "2025-09-24")
                .fill("meetingTime", "15:30").fill("focus", "Student discourse")
                .fill("rubricCodes", "MQI-2a").fill("clip1", "03:15-08:40").fill("clip1Reason", "Partners")
                .fill("clip2", "21:05-24:30").fill("clip2Reason", "Share").fill("stockClip", "Number talks");
        wizard.submitExpectingRefusal();
        check("video coaching cycle wizard, refused");
        wizard("Video coaching cycle").fill("teacher", "sarah.johnson").fill("coach", DemoSchool.COACH)
                .fill("meetingDate", "2025-09-24").fill("meetingTime", "15:30").fill("focus", "Student discourse")
                .fill("rubricCodes", "MQI-2a").fill("clip1", "03:15-08:40").fill("clip1Reason", "Partners")
                .fill("clip2", "21:05-24:30").fill("clip2Reason", "Share").fill("stockClip", "Number talks")
                .submit(EditorPage::new).publish();
        check("video coaching cycle page");
    }

    @Test
    public void coachingConversationWizard_shouldHaveNoViolations_emptyRefusedAndCreated() {
        WizardPage wizard = wizard("Coaching conversation");
        check("coaching conversation wizard");
        wizard.fill("teacher", "nobody.here").fill("coach", DemoSchool.COACH).fill("conversationDate", "2025-09-12")
                .fill("entryPoint", "analyze-deeper-cause").fill("focus", "Checks for understanding")
                .fill("nextConversationDate", "2025-09-26");
        wizard.submitExpectingRefusal();
        check("coaching conversation wizard, refused");
        wizard("Coaching conversation").fill("teacher", ANA).fill("coach", DemoSchool.COACH)
                .fill("conversationDate", "2025-09-12").fill("entryPoint", "analyze-deeper-cause")
                .fill("focus", "Checks for understanding").fill("nextConversationDate", "2025-09-26")
                .submit(EditorPage::new).publish();
        check("coaching conversation page");
    }

    @Test
    public void macros_shouldHaveNoViolations() {
        long page = BROWSER.sandbox().store().createPage(DemoSchool.SPACE_KEY, BROWSER.pageId(DemoSchool.SPACE_NAME),
                "Every macro", macro("coaching-conversation-qualities")
                        + macro("coaching-guide", "guide", "coaching", "section", "coaching/components/successes")
                        + macro("coaching-guide", "guide", "post-conference", "role", "observer", "phase", "before")
                        + macro("coaching-agenda", "start", "15:30")
                        + macro("coaching-action-steps")
                        + macro("coaching-acknowledgement")
                        + macro("coaching-self-check")
                        + macro("coaching-sps-results")
                        + macro("coaching-follow-up-dashboard", "spaces", DemoSchool.SPACE_KEY),
                DemoSchool.COACH);
        // Registered as the creation listener registers a blueprint page, with one overdue step and one due later
        SandboxPlugin plugin = BROWSER.sandbox().plugin();
        plugin.component(ConversationStore.class).register(new StoredConversation(page, DemoSchool.SPACE_KEY,
                ConversationType.COACHING_CONVERSATION, plugin.userKey(ANA),
                Optional.of(plugin.userKey(DemoSchool.COACH)), TODAY.minusDays(20), Optional.empty(),
                Optional.empty()));
        plugin.component(ActionStepStore.class).addToPage(page, List.of(
                ActionStep.open(page, DemoSchool.SPACE_KEY, plugin.userKey(ANA), ParticipantRole.TEACHER,
                        "Use exit tickets daily", TODAY.minusDays(5)),
                ActionStep.open(page, DemoSchool.SPACE_KEY, plugin.userKey(DemoSchool.COACH), ParticipantRole.COACH,
                        "Model a think-aloud", TODAY.plusDays(30))));
        PageView view = PageView.open(BROWSER, page);
        new FollowUpDashboardScreen(BROWSER.driver());
        check("page with every macro");
        assertEquals("the overdue lozenge says so in words", "Overdue", BROWSER.driver().findElement(
                By.cssSelector(".coaching-action-steps .aui-lozenge.coaching-deadline")).getAttribute("textContent").strip());
        view.actionStepsList("page").row("Use exit tickets daily").edit();
        check("action steps, editing a step");
        PageView.open(BROWSER, page).actionStepsList("page").add();
        check("action steps, adding a step");
    }

    @Test
    public void dashboard_shouldHaveNoViolations() {
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("James Carter");
        FollowUpDashboardScreen dashboard = FollowUpDashboardScreen.openSpacePage(BROWSER, DemoSchool.SPACE_KEY);
        check("follow-up dashboard");
        assertThat("the chart's text alternative", dashboard.chartDescription(), not(""));
    }

    @Test
    public void spaceSettings_shouldHaveNoViolations_withFieldErrors() {
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("James Carter");
        SpaceSettingsPage settings = SpaceSettingsPage.open(BROWSER, DemoSchool.SPACE_KEY);
        check("space settings");
        settings.type("dueSoonDays", "ten").type("finalizationWindowFewest", "5").type("finalizationWindowMost", "2")
                .addHoliday("Spring break", "2026-04-10", "2026-04-03").type("leadersGroup", "no-such-group").save();
        check("space settings, refused");
    }

    @Test
    public void adminAndDigestPages_shouldHaveNoViolations() {
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("James Carter");
        BROWSER.driver().get(BROWSER.url("/plugins/servlet/coaching/digest-subscription"));
        check("digest subscription");
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("Alex Admin");
        FollowUpJobPage.open(BROWSER);
        check("follow-up job admin page");
        FollowUpJobPage.open(BROWSER).runNow();
        check("follow-up job admin page, after a run");
    }

    @Test
    public void refusedWizard_shouldDescribeEachFieldByItsMessage_inALiveRegion() {
        // Given
        WizardPage wizard = wizard("SPS reflection");
        wizard.fill("teacher", "nobody.here").fill("surveyPeriod", "Fall 2025").fill("school", "Lincoln Elementary")
                .fill("district", "Denver Public Schools");

        // When
        WizardPage target = wizard.submitExpectingRefusal();

        // Then the message is part of the field's description, and its place is announced when it changes
        WebElement teacher = BROWSER.driver().findElement(By.cssSelector(".sandbox-wizard-form [name=teacher]"
                + ":not([type=hidden])"));
        List<WebElement> describedBy = Arrays.stream(teacher.getAttribute("aria-describedby").split(" "))
                .map(id -> BROWSER.driver().findElement(By.id(id))).toList();
        assertThat(describedBy.stream().map(WebElement::getText).toList(), hasItem(target.errorFor("teacher")));
        assertThat(target.errorFor("teacher"), containsString("nobody.here"));
        assertEquals("true", teacher.getAttribute("aria-invalid"));
        WebElement error = describedBy.get(describedBy.size() - 1);
        assertEquals("polite", error.getAttribute("aria-live"));
        assertEquals(BROWSER.driver().findElements(By.cssSelector(".sandbox-wizard-form .field-group")).size(),
                BROWSER.driver().findElements(By.cssSelector(".sandbox-wizard-form .error[aria-live][id]")).size());
    }

    private static String macro(String name, String... nameValuePairs) {
        StringBuilder storage = new StringBuilder("<ac:structured-macro ac:name=\"" + name + "\">");
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            storage.append("<ac:parameter ac:name=\"").append(nameValuePairs[i]).append("\">")
                    .append(nameValuePairs[i + 1]).append("</ac:parameter>");
        }
        return storage.append("</ac:structured-macro>").toString();
    }
}
