package org.coachingconversations.confluence.listener;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.confluence.spaces.Space;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import org.coachingconversations.confluence.blueprint.BlueprintFacts;
import org.coachingconversations.application.blueprint.BlueprintPageRegistration.StartingStep;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.calendar.Holiday;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.timeline.DueWindow;
import org.coachingconversations.domain.timeline.Milestone;
import org.coachingconversations.domain.timeline.MilestoneKind;
import org.coachingconversations.domain.timeline.MilestoneStatus;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.platform.PluginKey;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.PluginTables;
import org.coachingconversations.testing.blueprint.RegistrationOnDatabase;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * Pages created from the app's blueprints, as the create-content plugin announces them, registered on a real database
 * through the Active Objects stores.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(PluginTables.class)
public class BlueprintPageCreatedListenerDatabaseTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final String SPACE = "LINCOLN";
    private static final String TERESA = "8a7f808a6a0f1c2d";
    private static final String SAM = "8a7f808a6a0f1c3e";
    private static final String OLU = "8a7f808a6a0f1c4f";
    /** 03:00 UTC on 17 March is still 16 March in Denver, where the school is. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-17T03:00:00Z"), ZoneOffset.UTC);

    private EntityManager entityManager;
    private RegistrationOnDatabase plugin;

    @Before
    public void startPlugin() {
        plugin = new RegistrationOnDatabase(entityManager, DENVER, CLOCK);
    }

    @Test
    public void coachingConversationCreated_shouldStoreTheConversationAndItsNextConversationMilestone() {
        // Given
        Map<String, Object> facts = coachingFacts();
        facts.put(BlueprintFacts.NEXT_CONVERSATION_DATE, "2026-04-13");

        // When
        plugin.host.publish(created(ConversationType.COACHING_CONVERSATION, 101, facts));

        // Then
        StoredConversation expected = new StoredConversation(101, SPACE, ConversationType.COACHING_CONVERSATION, TERESA,
                Optional.of(SAM), LocalDate.of(2026, 3, 16), Optional.of(LocalDate.of(2026, 4, 13)), Optional.empty());
        assertEquals(expected, plugin.conversations.find(101).orElseThrow().value());
        List<Milestone> timeline = plugin.milestones.milestonesOf(101);
        assertEquals(List.of(MilestoneKind.NEXT_CONVERSATION), timeline.stream().map(Milestone::kind).toList());
        assertEquals(DueWindow.on(LocalDate.of(2026, 4, 13)), timeline.get(0).window());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 16)),
                plugin.conversations.latestOnOrBefore(SPACE, TERESA, LocalDate.of(2026, 3, 20)).map(StoredConversation::heldOn));
    }

    @Test
    public void cycleRecordCreated_shouldStoreTheRecordAndItsProtocolDeadlines_skippingTheSpacesHoliday() {
        // Given a Friday observation, and the Monday after it a holiday in this space
        plugin.settings.save(SPACE, SpaceSettings.builder(DENVER)
                .holiday(Holiday.on("Spring conferences", LocalDate.of(2026, 3, 9))).build());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(BlueprintFacts.CONVERSATION_TYPE, ConversationType.CYCLE_RECORD.id());
        facts.put(BlueprintFacts.TEACHER_USER_KEY, TERESA);
        facts.put(BlueprintFacts.OBSERVER_USER_KEY, OLU);
        facts.put(BlueprintFacts.OBSERVATION_DATE, "2026-03-06");
        facts.put(BlueprintFacts.OBSERVATION_TYPE, ObservationType.FOCUSED.id());
        facts.put(BlueprintFacts.CONFERENCE_DATE, "2026-03-12");

        // When
        plugin.host.publish(created(ConversationType.CYCLE_RECORD, 202, facts));

        // Then
        CycleRecordDates dates = CycleRecordDates.observed(LocalDate.of(2026, 3, 6), ObservationType.FOCUSED)
                .withConferenceOn(LocalDate.of(2026, 3, 12));
        assertEquals(new StoredCycleRecord(202, SPACE, TERESA, OLU, dates), plugin.cycleRecords.find(202).orElseThrow().value());
        StoredConversation conversation = plugin.conversations.find(202).orElseThrow().value();
        assertEquals(ConversationType.CYCLE_RECORD, conversation.type());
        assertEquals(Optional.of(OLU), conversation.leaderKey());
        assertEquals("the post-conference is the conversation", LocalDate.of(2026, 3, 12), conversation.heldOn());
        List<Milestone> timeline = plugin.milestones.milestonesOf(202);
        assertEquals(List.of(MilestoneKind.POST_CONFERENCE, MilestoneKind.TEACHER_REFLECTION_SHARED,
                MilestoneKind.OBSERVER_RATINGS_SHARED, MilestoneKind.RECORD_FINALIZED),
                timeline.stream().map(Milestone::kind).toList());
        assertEquals("2 to 5 school days after Friday, Monday being a holiday",
                new DueWindow(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 16)), timeline.get(0).window());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 12)), timeline.get(0).completedOn());
        assertEquals("1 to 2 school days before Thursday the 12th",
                new DueWindow(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11)), timeline.get(1).window());
    }

    @Test
    public void cycleRecordCreated_shouldStoreAPostConferenceDatedInTheFutureAsPlanned_notCompleted() {
        // Given the record written on Monday 16 March (in Denver) for a conference on Wednesday 18 March
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(BlueprintFacts.CONVERSATION_TYPE, ConversationType.CYCLE_RECORD.id());
        facts.put(BlueprintFacts.TEACHER_USER_KEY, TERESA);
        facts.put(BlueprintFacts.OBSERVER_USER_KEY, OLU);
        facts.put(BlueprintFacts.OBSERVATION_DATE, "2026-03-13");
        facts.put(BlueprintFacts.OBSERVATION_TYPE, ObservationType.FULL.id());
        facts.put(BlueprintFacts.CONFERENCE_DATE, "2026-03-18");

        // When
        plugin.host.publish(created(ConversationType.CYCLE_RECORD, 203, facts));

        // Then
        Milestone conference = plugin.milestones.milestonesOf(203).get(0);
        assertEquals(MilestoneKind.POST_CONFERENCE, conference.kind());
        assertEquals(Optional.empty(), conference.completedOn());
        assertEquals(MilestoneStatus.PENDING, conference.statusOn(LocalDate.of(2026, 3, 16)));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 18)),
                plugin.cycleRecords.find(203).orElseThrow().value().dates().conferenceOn());
    }

    @Test
    public void cycleRecordCreated_shouldCompleteThePostConference_whenItIsDatedTodayInTheSpacesTimeZone() {
        // Given 03:00 UTC on 17 March, still Monday 16 March in Denver, the day of the conference
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(BlueprintFacts.CONVERSATION_TYPE, ConversationType.CYCLE_RECORD.id());
        facts.put(BlueprintFacts.TEACHER_USER_KEY, TERESA);
        facts.put(BlueprintFacts.OBSERVER_USER_KEY, OLU);
        facts.put(BlueprintFacts.OBSERVATION_DATE, "2026-03-12");
        facts.put(BlueprintFacts.OBSERVATION_TYPE, ObservationType.FULL.id());
        facts.put(BlueprintFacts.CONFERENCE_DATE, "2026-03-16");

        // When
        plugin.host.publish(created(ConversationType.CYCLE_RECORD, 204, facts));

        // Then
        assertEquals(Optional.of(LocalDate.of(2026, 3, 16)), plugin.milestones.milestonesOf(204).get(0).completedOn());
    }

    @Test
    public void spsReflectionCreated_shouldBeDatedByTheDayOfCreationInTheSpacesTimeZone() {
        // Given
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(BlueprintFacts.CONVERSATION_TYPE, ConversationType.SPS_REFLECTION.id());
        facts.put(BlueprintFacts.TEACHER_USER_KEY, TERESA);

        // When
        plugin.host.publish(created(ConversationType.SPS_REFLECTION, 303, facts));

        // Then
        StoredConversation stored = plugin.conversations.find(303).orElseThrow().value();
        assertEquals(LocalDate.of(2026, 3, 16), stored.heldOn());
        assertEquals(Optional.empty(), stored.leaderKey());
        assertEquals(List.of(), plugin.milestones.milestonesOf(303));
    }

    @Test
    public void pageCreatedWithActionSteps_shouldStoreThemWithTheirDeadlinesAndCountTheConversationAsLeadingToAction() {
        // Given
        Map<String, Object> facts = coachingFacts();
        facts.put(BlueprintFacts.ACTION_STEPS, BlueprintFacts.actionSteps(List.of(
                new StartingStep(ParticipantRole.TEACHER, Optional.of(TERESA), Optional.of(LocalDate.of(2026, 3, 27)),
                        "Try exit tickets daily"),
                new StartingStep(ParticipantRole.COACH, Optional.empty(), Optional.empty(), "Find a model lesson"))));

        // When
        plugin.host.publish(created(ConversationType.COACHING_CONVERSATION, 404, facts));

        // Then
        List<ActionStep> stored = plugin.actionSteps.findOnPage(404).stream().map(Versioned::value).toList();
        assertEquals(List.of("Try exit tickets daily", "Find a model lesson"),
                stored.stream().map(ActionStep::description).toList());
        assertEquals(Optional.of(TERESA), stored.get(0).ownerKey());
        assertEquals(1, plugin.conversations.countConversationsLeadingToAction(SPACE));
        List<Milestone> timeline = plugin.milestones.milestonesOf(404);
        assertEquals(1, timeline.size());
        assertEquals(MilestoneKind.ACTION_STEP_DUE, timeline.get(0).kind());
        assertEquals(OptionalLong.of(stored.get(0).id()), timeline.get(0).actionStepId());
    }

    @Test
    public void pageCreatedFromAnotherBlueprint_shouldWriteNothing() {
        // Given
        ContentBlueprint meetingNotes = new ContentBlueprint();
        meetingNotes.setModuleCompleteKey("com.atlassian.confluence.plugins.confluence-business-blueprints:meeting-notes-blueprint");
        ContentBlueprint sameKeyOtherPlugin = new ContentBlueprint();
        sameKeyOtherPlugin.setModuleCompleteKey("org.example.other:coaching-coaching-conversation-blueprint");

        // When
        plugin.host.publish(new BlueprintPageCreateEvent(this, page(505), meetingNotes, null, coachingFacts()));
        plugin.host.publish(new BlueprintPageCreateEvent(this, page(506), sameKeyOtherPlugin, null, coachingFacts()));
        plugin.host.publish(new BlueprintPageCreateEvent(this, page(507), null, null, coachingFacts()));

        // Then
        assertEquals(0, plugin.conversations.countConversations(SPACE));
    }

    @Test
    @NonTransactional // the runner's own per-test transaction would otherwise swallow the rollback under test
    public void failureHalfwayThrough_shouldRollBackEverything_andLeaveThePageCreated() {
        // Given a step whose owner key is longer than the store accepts, written after the conversation
        Map<String, Object> facts = coachingFacts();
        facts.put(BlueprintFacts.NEXT_CONVERSATION_DATE, "2026-04-13");
        facts.put(BlueprintFacts.ACTION_STEPS, BlueprintFacts.actionSteps(List.of(new StartingStep(
                ParticipantRole.TEACHER, Optional.of("k".repeat(300)), Optional.of(LocalDate.of(2026, 3, 27)), "Step"))));

        // When (the host's publisher would log a listener's exception; this one hands it to the test)
        plugin.host.publish(created(ConversationType.COACHING_CONVERSATION, 606, facts));

        // Then
        assertEquals(Optional.empty(), plugin.conversations.find(606));
        assertEquals(0, plugin.conversations.countConversations(SPACE));
        assertEquals(List.of(), plugin.actionSteps.findOnPage(606));
        assertEquals(List.of(), plugin.milestones.milestonesOf(606));
    }

    @Test
    public void factsThatDoNotMatchTheBlueprint_shouldWriteNothing() {
        // Given
        Map<String, Object> claimsVideo = coachingFacts();
        claimsVideo.put(BlueprintFacts.CONVERSATION_TYPE, ConversationType.VIDEO_COACHING_CYCLE.id());
        Map<String, Object> noTeacher = coachingFacts();
        noTeacher.remove(BlueprintFacts.TEACHER_USER_KEY);
        Map<String, Object> badDate = coachingFacts();
        badDate.put(BlueprintFacts.CONVERSATION_DATE, "16/03/2026");

        // When
        plugin.host.publish(created(ConversationType.COACHING_CONVERSATION, 707, claimsVideo));
        plugin.host.publish(created(ConversationType.COACHING_CONVERSATION, 708, noTeacher));
        plugin.host.publish(created(ConversationType.COACHING_CONVERSATION, 709, badDate));

        // Then
        assertEquals(0, plugin.conversations.countConversations(SPACE));
    }

    @Test
    public void sameCreationAnnouncedTwice_shouldRegisterThePageOnce() {
        // Given
        plugin.host.publish(created(ConversationType.COACHING_CONVERSATION, 808, coachingFacts()));
        Map<String, Object> changed = coachingFacts();
        changed.put(BlueprintFacts.CONVERSATION_DATE, "2026-03-20");

        // When
        plugin.host.publish(created(ConversationType.COACHING_CONVERSATION, 808, changed));

        // Then
        assertEquals(LocalDate.of(2026, 3, 16), plugin.conversations.find(808).orElseThrow().value().heldOn());
        assertEquals(0, plugin.conversations.find(808).orElseThrow().version());
    }

    @Test
    public void pageCreated_shouldNoLongerBeRegistered_afterThePluginStops() {
        // When
        plugin.listener.unsubscribe();
        plugin.host.publish(created(ConversationType.COACHING_CONVERSATION, 909, coachingFacts()));

        // Then
        assertFalse(plugin.host.isRegistered(plugin.listener));
        assertTrue(plugin.conversations.find(909).isEmpty());
    }

    private static Map<String, Object> coachingFacts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("teacher", "tmorales");
        facts.put(BlueprintFacts.CONVERSATION_TYPE, ConversationType.COACHING_CONVERSATION.id());
        facts.put(BlueprintFacts.TEACHER_USER_KEY, TERESA);
        facts.put(BlueprintFacts.COACH_USER_KEY, SAM);
        facts.put(BlueprintFacts.CONVERSATION_DATE, "2026-03-16");
        return facts;
    }

    private BlueprintPageCreateEvent created(ConversationType type, long pageId, Map<String, Object> context) {
        ContentBlueprint blueprint = new ContentBlueprint();
        blueprint.setModuleCompleteKey(PluginKey.KEY + ":"
                + BlueprintPageCreatedListener.blueprintModuleKey(type));
        return new BlueprintPageCreateEvent(this, page(pageId), blueprint, null, context);
    }

    private static Page page(long pageId) {
        Page page = new Page();
        page.setId(pageId);
        page.setSpace(new Space(SPACE));
        return page;
    }
}
