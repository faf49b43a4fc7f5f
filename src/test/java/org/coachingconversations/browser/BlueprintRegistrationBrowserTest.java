package org.coachingconversations.browser;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.browser.pages.EditorPage;
import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.browser.pages.WizardPage;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.CycleRecordStore;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.timeline.Milestone;
import org.coachingconversations.domain.timeline.MilestoneKind;
import org.coachingconversations.domain.timeline.MilestoneStore;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.plugin.SandboxPlugin;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

/**
 * Each of the four blueprints created in a real browser through its real path (the Cycle Record saved at once, the
 * others through the editor and its Publish button), then read back from the app's own repositories in the sandbox:
 * the page is registered with its conversation, its action steps and its timeline.
 */
public class BlueprintRegistrationBrowserTest {

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @Test
    public void coachingConversation_shouldBeRegistered_whenItsDraftIsPublished() {
        // Given
        WizardPage wizard = wizard("Coaching conversation");
        wizard.fill("teacher", "ana.ruiz").fill("coach", DemoSchool.COACH).fill("conversationDate", "2025-09-12")
                .fill("entryPoint", "analyze-deeper-cause").fill("focus", "Checks for understanding")
                .fill("nextConversationDate", "2025-09-26");
        EditorPage editor = wizard.submit(EditorPage::new);
        assertEquals("the editor's draft is not registered yet", 0, conversationsOfTeacher("ana.ruiz"));

        // When
        long pageId = pageId(editor.publish());

        // Then
        assertEquals(new StoredConversation(pageId, DemoSchool.SPACE_KEY, ConversationType.COACHING_CONVERSATION,
                userKey("ana.ruiz"), Optional.of(userKey(DemoSchool.COACH)), LocalDate.of(2025, 9, 12),
                Optional.of(LocalDate.of(2025, 9, 26)), Optional.empty()), conversation(pageId));
        assertEquals(List.of(), plugin().component(ActionStepStore.class).findOnPage(pageId));
        assertEquals(List.of(MilestoneKind.NEXT_CONVERSATION), milestoneKinds(pageId));
    }

    @Test
    public void cycleRecord_shouldBeRegistered_whenSavedAtOnce() {
        // Given the observer, who may view the restricted record, fills in its wizard
        WizardPage wizard = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("James Carter")
                .openCreateDialog().chooseBlueprint("Post-conference Cycle Record");
        wizard.fill("teacher", "david.kim").fill("observer", DemoSchool.PRINCIPAL).fill("observationDate", "2025-09-08")
                .fill("observationType", "full").fill("conferenceDate", "2025-09-10");

        // When
        long pageId = pageId(wizard.submit(PageView::new));

        // Then
        CycleRecordDates dates = CycleRecordDates.observed(LocalDate.of(2025, 9, 8), ObservationType.FULL)
                .withConferenceOn(LocalDate.of(2025, 9, 10));
        assertEquals(new StoredCycleRecord(pageId, DemoSchool.SPACE_KEY, userKey("david.kim"),
                userKey(DemoSchool.PRINCIPAL), dates),
                plugin().component(CycleRecordStore.class).find(pageId).orElseThrow().value());
        StoredConversation conversation = conversation(pageId);
        assertEquals(ConversationType.CYCLE_RECORD, conversation.type());
        assertEquals(LocalDate.of(2025, 9, 10), conversation.heldOn());
        assertEquals(List.of(), plugin().component(ActionStepStore.class).findOnPage(pageId));
        List<Milestone> timeline = plugin().component(MilestoneStore.class).milestonesOf(pageId);
        assertEquals(List.of(MilestoneKind.POST_CONFERENCE, MilestoneKind.TEACHER_REFLECTION_SHARED,
                MilestoneKind.OBSERVER_RATINGS_SHARED, MilestoneKind.RECORD_FINALIZED),
                timeline.stream().map(Milestone::kind).toList());
        assertEquals("held before the day it was recorded", Optional.of(LocalDate.of(2025, 9, 10)),
                timeline.get(0).completedOn());
    }

    @Test
    public void spsReflection_shouldBeRegistered_whenItsDraftIsPublished() {
        // Given
        WizardPage wizard = wizard("SPS reflection");
        wizard.fill("teacher", "sarah.johnson").fill("surveyPeriod", "Fall 2025").fill("school", "Lincoln Elementary")
                .fill("district", "Denver Public Schools");

        // When
        long pageId = pageId(wizard.submit(EditorPage::new).publish());

        // Then (dated by the day it was created; the plugin's listener reads the machine's clock, not the sandbox's)
        StoredConversation conversation = conversation(pageId);
        assertEquals(ConversationType.SPS_REFLECTION, conversation.type());
        assertEquals(userKey("sarah.johnson"), conversation.teacherKey());
        assertEquals(Optional.empty(), conversation.leaderKey());
        assertEquals(List.of(), plugin().component(ActionStepStore.class).findOnPage(pageId));
        assertEquals(List.of(), milestoneKinds(pageId));
    }

    @Test
    public void videoCoachingCycle_shouldBeRegistered_whenItsDraftIsPublished() {
        // Given
        WizardPage wizard = wizard("Video coaching cycle");
        wizard.fill("teacher", "david.kim").fill("coach", DemoSchool.COACH).fill("meetingDate", "2025-09-24")
                .fill("meetingTime", "15:30").fill("focus", "Student discourse during the launch of a task")
                .fill("rubricCodes", "MQI-2a")
                .fill("clip1", "03:15-08:40").fill("clip1Reason", "Students explain their strategies to a partner")
                .fill("clip2", "21:05-24:30").fill("clip2Reason", "The whole-class share after the task")
                .fill("stockClip", "Ms. Rivera: Number talks in grade 5").fill("nextConversationDate", "2025-10-08");

        // When
        long pageId = pageId(wizard.submit(EditorPage::new).publish());

        // Then
        assertEquals(new StoredConversation(pageId, DemoSchool.SPACE_KEY, ConversationType.VIDEO_COACHING_CYCLE,
                userKey("david.kim"), Optional.of(userKey(DemoSchool.COACH)), LocalDate.of(2025, 9, 24),
                Optional.of(LocalDate.of(2025, 10, 8)), Optional.empty()), conversation(pageId));
        assertEquals(List.of(), plugin().component(ActionStepStore.class).findOnPage(pageId));
        assertEquals(List.of(MilestoneKind.NEXT_CONVERSATION), milestoneKinds(pageId));
    }

    private static WizardPage wizard(String blueprint) {
        return SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog().chooseBlueprint(blueprint);
    }

    /** The id of the page the browser shows, from its address. */
    private static long pageId(PageView page) {
        String url = BROWSER.driver().getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]pageId=(\\d+).*", "$1"));
    }

    private static SandboxPlugin plugin() {
        return BROWSER.sandbox().plugin();
    }

    private static String userKey(String username) {
        return plugin().userKey(username);
    }

    private static StoredConversation conversation(long pageId) {
        return plugin().component(ConversationStore.class).find(pageId).orElseThrow(() -> new AssertionError(
                "page " + pageId + " was not registered")).value();
    }

    private static long conversationsOfTeacher(String username) {
        return BROWSER.sandbox().store().pages(DemoSchool.SPACE_KEY).stream()
                .filter(page -> plugin().component(ConversationStore.class).find(page.id())
                        .filter(found -> found.value().teacherKey().equals(userKey(username))).isPresent())
                .count();
    }

    private static List<MilestoneKind> milestoneKinds(long pageId) {
        return plugin().component(MilestoneStore.class).milestonesOf(pageId).stream().map(Milestone::kind).toList();
    }
}
