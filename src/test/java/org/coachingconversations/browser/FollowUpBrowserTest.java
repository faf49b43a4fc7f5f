package org.coachingconversations.browser;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.SOMEONE;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.browser.pages.EditorPage;
import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.browser.pages.WizardPage;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.guide.EntryPoint;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.data.Restriction;
import org.coachingconversations.sandbox.plugin.SandboxPlugin;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

/**
 * A coaching conversation follows up on the teacher's previous one live, for each viewer: the coach, who may view the
 * restricted previous conversation, sees its open steps; a colleague who may not sees nothing of it.
 */
public class FollowUpBrowserTest {

    private static final String ANA = "ana.ruiz";
    private static final String DAVID = "David Kim";
    private static final String MARIA = "Maria Lopez";
    private static final String PREVIOUS_TITLE = "Ana Ruiz \u2014 coaching conversation of 2025-09-01";
    private static final String NONE = "No open action steps from an earlier conversation.";

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @Test
    public void coachingConversation_shouldShowThePreviousConversationsOpenSteps_onlyToViewersWhoMayViewIt() {
        // Given Ana's previous coaching conversation, restricted to Ana and her coach, with two open steps
        SandboxPlugin plugin = BROWSER.sandbox().plugin();
        ActionStepStore steps = plugin.component(ActionStepStore.class);
        long previous = BROWSER.sandbox().store().createPage(DemoSchool.SPACE_KEY, BROWSER.pageId(DemoSchool.SPACE_NAME),
                PREVIOUS_TITLE, "<p>Notes of our first conversation.</p>", DemoSchool.COACH);
        BROWSER.sandbox().store().setViewRestrictions(previous,
                List.of(Restriction.user(ANA), Restriction.user(DemoSchool.COACH)));
        register(previous, LocalDate.of(2025, 9, 1));
        steps.addToPage(previous, List.of(
                ActionStep.open(previous, DemoSchool.SPACE_KEY, plugin.userKey(ANA), ParticipantRole.TEACHER,
                        "Use exit tickets in every math lesson", LocalDate.of(2025, 9, 12)),
                ActionStep.open(previous, DemoSchool.SPACE_KEY, plugin.userKey(DemoSchool.COACH),
                        ParticipantRole.COACH, "Model think-alouds <b>twice</b>", LocalDate.of(2025, 9, 19))));

        // When the coach creates today's coaching conversation with Ana through the wizard
        WizardPage wizard = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo(MARIA)
                .openCreateDialog().chooseBlueprint("Coaching conversation");
        wizard.fill("teacher", ANA).fill("coach", DemoSchool.COACH).fill("conversationDate", "2025-09-15")
                .fill("entryPoint", EntryPoint.ANALYZE_DEEPER_CAUSE.id());
        PageView created = wizard.submit(EditorPage::new).publish();
        long current = BROWSER.pageId(created.title());
        register(current, LocalDate.of(2025, 9, 15));
        PageView asCoach = PageView.open(BROWSER, current);

        // Then the coach sees the open steps and where they come from
        assertEquals(List.of("Use exit tickets in every math lesson", "Model think-alouds <b>twice</b>"),
                asCoach.actionStepTexts("previous"));
        assertThat(asCoach.actionStepsText("previous"),
                containsString("Open action steps from Coaching conversation of Sep 1, 2025"));
        asCoach.scrollTo("Follow up from previous conversations and next steps");
        BROWSER.screenshot("follow-up-previous-steps");

        // When a colleague who may not view the previous conversation opens the same page
        asCoach.userSwitcher().switchTo(DAVID);
        PageView asColleague = PageView.open(BROWSER, current);

        // Then nothing of it: no step, no date, no title, no link
        assertEquals(NONE, asColleague.actionStepsText("previous"));
        String source = BROWSER.driver().getPageSource();
        for (String hidden : List.of("exit tickets", "think-alouds", "2025-09-01", "Sep 1, 2025", PREVIOUS_TITLE,
                "pageId=" + previous + "\"")) {
            assertThat(source, not(containsString(hidden)));
        }

        // When the coach marks a step done and reloads
        asColleague.userSwitcher().switchTo(MARIA);
        Versioned<ActionStep> exitTickets = steps.findOnPage(previous).get(0);
        steps.changeStatus(exitTickets.value().id(), exitTickets.version(), ActionStepStatus.DONE, LocalDate.of(2025, 9, 15), SOMEONE);
        PageView reloaded = PageView.open(BROWSER, current);

        // Then the done step is gone
        assertEquals(List.of("Model think-alouds <b>twice</b>"), reloaded.actionStepTexts("previous"));
    }

    /**
     * Stores the page's conversation as the creation listener does when Confluence announces the page; the sandbox
     * does not announce pages published from the editor yet.
     */
    private static void register(long pageId, LocalDate heldOn) {
        SandboxPlugin plugin = BROWSER.sandbox().plugin();
        ConversationStore conversations = plugin.component(ConversationStore.class);
        if (conversations.find(pageId).isEmpty()) {
            conversations.register(new StoredConversation(pageId, DemoSchool.SPACE_KEY,
                    ConversationType.COACHING_CONVERSATION, plugin.userKey(ANA),
                    Optional.of(plugin.userKey(DemoSchool.COACH)), heldOn, Optional.empty(), Optional.empty()));
        }
    }
}
