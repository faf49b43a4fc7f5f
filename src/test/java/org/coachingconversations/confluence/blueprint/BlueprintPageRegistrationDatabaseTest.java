package org.coachingconversations.confluence.blueprint;

import org.coachingconversations.application.blueprint.BlueprintPageRegistration.StartingStep;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.I18N;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.TEMPLATE_RENDERER_HELPER;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.SPACE;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.TERESA;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.confluence.spaces.Space;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import org.coachingconversations.confluence.listener.BlueprintPageCreatedListener;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.guide.EntryPoint;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.people.KnownUser;
import org.coachingconversations.domain.timeline.Milestone;
import org.coachingconversations.domain.timeline.MilestoneKind;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.platform.PluginKey;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.PluginTables;
import org.coachingconversations.testing.blueprint.ContentTemplates;
import org.coachingconversations.testing.blueprint.ContextProviderFixture;
import org.coachingconversations.testing.blueprint.DraftContextJson;
import org.coachingconversations.testing.blueprint.RecordingBlueprintContext;
import org.coachingconversations.testing.blueprint.RegistrationOnDatabase;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * Each of the four blueprints end to end, on a real database: the type's own context provider fills the blueprint
 * context from valid wizard input, and the creation listener receives exactly that map, as the create-content plugin
 * hands it to {@code BlueprintPageCreateEvent}: the same map when the page is created at once, or the map kept with the
 * editor draft as JSON and read back when the draft is published.
 *
 * <p>Non-transactional: the listener's own rollback must be seen, so each test uses page ids of its own.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(PluginTables.class)
public class BlueprintPageRegistrationDatabaseTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    /** 03:00 UTC on 17 March is still Monday 16 March in Denver, where the school is. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-17T03:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final KnownUser SAM = new KnownUser("8a7f808a6a0f1c3e", "Sam Lee");
    private static final KnownUser OMAR = new KnownUser("8a7f808a6a0f9e1b", "Omar Haddad");
    private static final KnownUser JORDAN = new KnownUser("8a7f808a6a0f9e01", "Jordan Keller");

    /** How the created page reached the listener. */
    enum CreationPath { AT_ONCE, EDITOR_DRAFT }

    private final ContextProviderFixture fixture = new ContextProviderFixture(
            Map.of("tmorales", TERESA, "slee", SAM, "ohaddad", OMAR, "jkeller", JORDAN));
    private EntityManager entityManager;
    private RegistrationOnDatabase plugin;

    @Before
    public void startPlugin() {
        plugin = new RegistrationOnDatabase(entityManager, DENVER, CLOCK);
    }

    @Test
    @NonTransactional
    public void coachingConversation_shouldBeRegistered_whenCreatedAtOnce() {
        coachingConversation_shouldBeRegistered(CreationPath.AT_ONCE);
    }

    @Test
    @NonTransactional
    public void coachingConversation_shouldBeRegistered_whenPublishedFromAnEditorDraft() {
        coachingConversation_shouldBeRegistered(CreationPath.EDITOR_DRAFT);
    }

    @Test
    @NonTransactional
    public void cycleRecord_shouldBeRegistered_whenCreatedAtOnce() {
        cycleRecord_shouldBeRegistered(CreationPath.AT_ONCE);
    }

    @Test
    @NonTransactional
    public void cycleRecord_shouldBeRegistered_whenPublishedFromAnEditorDraft() {
        cycleRecord_shouldBeRegistered(CreationPath.EDITOR_DRAFT);
    }

    @Test
    @NonTransactional
    public void spsReflection_shouldBeRegistered_whenCreatedAtOnce() {
        spsReflection_shouldBeRegistered(CreationPath.AT_ONCE);
    }

    @Test
    @NonTransactional
    public void spsReflection_shouldBeRegistered_whenPublishedFromAnEditorDraft() {
        spsReflection_shouldBeRegistered(CreationPath.EDITOR_DRAFT);
    }

    @Test
    @NonTransactional
    public void videoCoachingCycle_shouldBeRegistered_whenCreatedAtOnce() {
        videoCoachingCycle_shouldBeRegistered(CreationPath.AT_ONCE);
    }

    @Test
    @NonTransactional
    public void videoCoachingCycle_shouldBeRegistered_whenPublishedFromAnEditorDraft() {
        videoCoachingCycle_shouldBeRegistered(CreationPath.EDITOR_DRAFT);
    }

    @Test
    @NonTransactional
    public void everyProvider_shouldPutOnlyKnownTextFactsInTheFactsNamespace_andEveryTemplateVariableOutsideIt() {
        // Given the four providers on valid input
        Map<String, RecordingBlueprintContext> filled = new LinkedHashMap<>();
        filled.put("coaching-conversation", coachingWizard());
        filled.put("cycle-record", cycleRecordWizard());
        filled.put("sps-reflection", spsWizard());
        filled.put("video-coaching-cycle", videoWizard());

        // When
        new CoachingConversationContextProvider(I18N, fixture.pageTitles(), fixture.directory(),
                TEMPLATE_RENDERER_HELPER).updateBlueprintContext(filled.get("coaching-conversation"));
        new CycleRecordContextProvider(I18N, fixture.pageTitles(), fixture.directory(), plugin.settings,
                TEMPLATE_RENDERER_HELPER)
                .updateBlueprintContext(filled.get("cycle-record"));
        new SpsReflectionContextProvider(I18N, fixture.pageTitles(), fixture.directory(),
                TEMPLATE_RENDERER_HELPER)
                .updateBlueprintContext(filled.get("sps-reflection"));
        new VideoCoachingCycleContextProvider(I18N, fixture.pageTitles(), fixture.directory(),
                TEMPLATE_RENDERER_HELPER)
                .updateBlueprintContext(filled.get("video-coaching-cycle"));

        // Then
        filled.forEach((type, context) -> {
            String template = ContentTemplates.read(Path.of("src/main/resources/blueprint", type, "content.xml"));
            Matcher variables = Pattern.compile("at:name=\"([^\"]*)\"").matcher(template);
            while (variables.find()) {
                assertTrue(type + " fills " + variables.group(1), context.getMap().containsKey(variables.group(1)));
                assertFalse(type + ": " + variables.group(1), BlueprintFacts.isFactKey(variables.group(1)));
            }
            context.getMap().forEach((key, value) -> {
                if (BlueprintFacts.isFactKey(key)) {
                    assertTrue(type + " puts an unknown fact " + key, BlueprintFacts.KEYS.contains(key));
                    assertTrue(type + ": " + key + " is text", value instanceof String);
                }
            });
            assertEquals(type, context.getMap().get(BlueprintFacts.CONVERSATION_TYPE));
        });
    }

    @Test
    @NonTransactional
    public void wizardFieldsNamedLikeFacts_shouldBeIgnored_forEveryTypeAndBothPaths() {
        long pageId = 5000;
        for (ConversationType type : ConversationType.values()) {
            for (CreationPath path : CreationPath.values()) {
                // Given the same valid wizard twice, once with every fact key (and one this version does not know)
                // posted as an extra field
                long honest = pageId++;
                long planted = pageId++;
                RecordingBlueprintContext honestContext = wizard(type);
                RecordingBlueprintContext plantedContext = wizard(type);
                Map<String, String> plantedFields = plantedFacts(type);
                plantedContext.getMap().putAll(plantedFields);

                // When
                provider(type).updateBlueprintContext(honestContext);
                provider(type).updateBlueprintContext(plantedContext);
                publish(type, honest, honestContext, path);
                publish(type, planted, plantedContext, path);

                // Then nothing planted reached the provider's facts or the database
                String where = type.id() + ", " + path;
                plantedFields.forEach((key, value) -> assertFalse(where + ": " + key + " kept the planted value",
                        value.equals(plantedContext.getMap().get(key))));
                assertFalse(where, plantedContext.getMap().containsKey(BlueprintFacts.PREFIX + "unknown"));
                assertEquals(where, withPageId(plugin.conversations.find(honest).orElseThrow().value(), planted),
                        plugin.conversations.find(planted).orElseThrow().value());
                assertEquals(where, plugin.cycleRecords.find(honest).map(record -> record.value().dates()),
                        plugin.cycleRecords.find(planted).map(record -> record.value().dates()));
                assertEquals(where, plugin.cycleRecords.find(honest).map(record -> record.value().observerKey()),
                        plugin.cycleRecords.find(planted).map(record -> record.value().observerKey()));
                assertEquals(where, List.of(), plugin.actionSteps.findOnPage(planted));
                assertEquals(where, plugin.milestones.milestonesOf(honest).stream().map(m -> List.of(m.kind(), m.window(),
                        m.completedOn())).toList(), plugin.milestones.milestonesOf(planted).stream().map(m -> List.of(
                        m.kind(), m.window(), m.completedOn())).toList());
            }
        }
    }

    /** A value for every fact key that differs from anything the valid wizard leads to. */
    private static Map<String, String> plantedFacts(ConversationType type) {
        Map<String, String> planted = new LinkedHashMap<>();
        planted.put(BlueprintFacts.CONVERSATION_TYPE,
                ConversationType.values()[(type.ordinal() + 1) % ConversationType.values().length].id());
        planted.put(BlueprintFacts.TEACHER_USER_KEY, "mallory-teacher");
        planted.put(BlueprintFacts.COACH_USER_KEY, "mallory-coach");
        planted.put(BlueprintFacts.OBSERVER_USER_KEY, "mallory-observer");
        planted.put(BlueprintFacts.CONVERSATION_DATE, "2030-01-07");
        planted.put(BlueprintFacts.NEXT_CONVERSATION_DATE, "2030-01-08");
        planted.put(BlueprintFacts.OBSERVATION_DATE, "2030-01-09");
        planted.put(BlueprintFacts.OBSERVATION_TYPE, ObservationType.SHORT.id());
        planted.put(BlueprintFacts.CONFERENCE_DATE, "2030-01-10");
        planted.put(BlueprintFacts.ACTION_STEPS, "teacher\tmallory-owner\t2030-01-11\tPlanted step");
        planted.put(BlueprintFacts.PREFIX + "unknown", "planted");
        assertEquals("every fact key is planted", BlueprintFacts.KEYS.size() + 1, planted.size());
        return planted;
    }

    private static StoredConversation withPageId(StoredConversation conversation, long pageId) {
        return new StoredConversation(pageId, conversation.spaceKey(), conversation.type(), conversation.teacherKey(),
                conversation.leaderKey(), conversation.heldOn(), conversation.nextConversationOn(),
                conversation.followUpHeldOn());
    }

    private CoachingBlueprintContextProvider provider(ConversationType type) {
        return switch (type) {
            case COACHING_CONVERSATION -> new CoachingConversationContextProvider(I18N, fixture.pageTitles(),
                    fixture.directory(), TEMPLATE_RENDERER_HELPER);
            case CYCLE_RECORD -> new CycleRecordContextProvider(I18N, fixture.pageTitles(), fixture.directory(), plugin.settings,
                TEMPLATE_RENDERER_HELPER);
            case SPS_REFLECTION -> new SpsReflectionContextProvider(I18N, fixture.pageTitles(), fixture.directory(),
                TEMPLATE_RENDERER_HELPER);
            case VIDEO_COACHING_CYCLE -> new VideoCoachingCycleContextProvider(I18N, fixture.pageTitles(),
                    fixture.directory(), TEMPLATE_RENDERER_HELPER);
        };
    }

    private static RecordingBlueprintContext wizard(ConversationType type) {
        return switch (type) {
            case COACHING_CONVERSATION -> coachingWizard();
            case CYCLE_RECORD -> cycleRecordWizard();
            case SPS_REFLECTION -> spsWizard();
            case VIDEO_COACHING_CYCLE -> videoWizard();
        };
    }

    private void coachingConversation_shouldBeRegistered(CreationPath path) {
        // Given
        long pageId = pageId(101, path);
        RecordingBlueprintContext context = coachingWizard();
        new CoachingConversationContextProvider(I18N, fixture.pageTitles(), fixture.directory(),
                TEMPLATE_RENDERER_HELPER).updateBlueprintContext(context);

        // When
        publish(ConversationType.COACHING_CONVERSATION, pageId, context, path);

        // Then
        assertEquals(new StoredConversation(pageId, SPACE, ConversationType.COACHING_CONVERSATION, TERESA.userKey(),
                Optional.of(SAM.userKey()), TODAY, Optional.of(LocalDate.of(2026, 4, 13)), Optional.empty()),
                plugin.conversations.find(pageId).orElseThrow().value());
        assertEquals(Optional.empty(), plugin.cycleRecords.find(pageId));
        assertStartingSteps(pageId, context);
        assertEquals(List.of(MilestoneKind.NEXT_CONVERSATION), kinds(pageId));
    }

    private void cycleRecord_shouldBeRegistered(CreationPath path) {
        // Given a Full observation on Monday 2 March, the post-conference on Thursday 5 March
        long pageId = pageId(202, path);
        RecordingBlueprintContext context = cycleRecordWizard();
        new CycleRecordContextProvider(I18N, fixture.pageTitles(), fixture.directory(), plugin.settings,
                TEMPLATE_RENDERER_HELPER)
                .updateBlueprintContext(context);

        // When
        publish(ConversationType.CYCLE_RECORD, pageId, context, path);

        // Then
        CycleRecordDates dates = CycleRecordDates.observed(LocalDate.of(2026, 3, 2), ObservationType.FULL)
                .withConferenceOn(LocalDate.of(2026, 3, 5));
        assertEquals(new StoredCycleRecord(pageId, SPACE, TERESA.userKey(), OMAR.userKey(), dates),
                plugin.cycleRecords.find(pageId).orElseThrow().value());
        StoredConversation conversation = plugin.conversations.find(pageId).orElseThrow().value();
        assertEquals(ConversationType.CYCLE_RECORD, conversation.type());
        assertEquals(Optional.of(OMAR.userKey()), conversation.leaderKey());
        assertEquals(LocalDate.of(2026, 3, 5), conversation.heldOn());
        assertStartingSteps(pageId, context);
        assertEquals(List.of(MilestoneKind.POST_CONFERENCE, MilestoneKind.TEACHER_REFLECTION_SHARED,
                MilestoneKind.OBSERVER_RATINGS_SHARED, MilestoneKind.RECORD_FINALIZED), kinds(pageId));
    }

    private void spsReflection_shouldBeRegistered(CreationPath path) {
        // Given
        long pageId = pageId(303, path);
        RecordingBlueprintContext context = spsWizard();
        new SpsReflectionContextProvider(I18N, fixture.pageTitles(), fixture.directory(),
                TEMPLATE_RENDERER_HELPER).updateBlueprintContext(context);

        // When
        publish(ConversationType.SPS_REFLECTION, pageId, context, path);

        // Then
        assertEquals(new StoredConversation(pageId, SPACE, ConversationType.SPS_REFLECTION, TERESA.userKey(),
                Optional.empty(), TODAY, Optional.empty(), Optional.empty()),
                plugin.conversations.find(pageId).orElseThrow().value());
        assertStartingSteps(pageId, context);
        assertEquals(List.of(), kinds(pageId));
    }

    private void videoCoachingCycle_shouldBeRegistered(CreationPath path) {
        // Given
        long pageId = pageId(404, path);
        RecordingBlueprintContext context = videoWizard();
        new VideoCoachingCycleContextProvider(I18N, fixture.pageTitles(), fixture.directory(),
                TEMPLATE_RENDERER_HELPER)
                .updateBlueprintContext(context);

        // When
        publish(ConversationType.VIDEO_COACHING_CYCLE, pageId, context, path);

        // Then
        assertEquals(new StoredConversation(pageId, SPACE, ConversationType.VIDEO_COACHING_CYCLE, TERESA.userKey(),
                Optional.of(JORDAN.userKey()), LocalDate.of(2026, 10, 6), Optional.of(LocalDate.of(2026, 10, 20)),
                Optional.empty()), plugin.conversations.find(pageId).orElseThrow().value());
        assertStartingSteps(pageId, context);
        assertEquals(List.of(MilestoneKind.NEXT_CONVERSATION), kinds(pageId));
    }

    static RecordingBlueprintContext coachingWizard() {
        return new RecordingBlueprintContext(SPACE, Map.of(
                "teacher", "tmorales",
                "coach", "slee",
                "conversationDate", TODAY.toString(),
                "entryPoint", EntryPoint.ANALYZE_DEEPER_CAUSE.id(),
                "focus", "Checks for understanding",
                "nextConversationDate", "2026-04-13"));
    }

    static RecordingBlueprintContext cycleRecordWizard() {
        return new RecordingBlueprintContext(SPACE, Map.of(
                "teacher", "tmorales",
                "observer", "ohaddad",
                "observationDate", "2026-03-02",
                "observationType", ObservationType.FULL.id(),
                "conferenceDate", "2026-03-05"));
    }

    static RecordingBlueprintContext spsWizard() {
        return new RecordingBlueprintContext(SPACE, Map.of(
                "teacher", "tmorales",
                "surveyPeriod", "Spring 2026",
                "school", "Lincoln Middle School",
                "district", "Denver Public Schools"));
    }

    static RecordingBlueprintContext videoWizard() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("teacher", "tmorales");
        fields.put("coach", "jkeller");
        fields.put("meetingDate", "2026-10-06");
        fields.put("meetingTime", "17:00");
        fields.put("focus", "Student explanations of their reasoning");
        fields.put("rubricCodes", "MQI-2a, MQI-3b");
        fields.put("clip1", "03:15-08:40");
        fields.put("clip1Reason", "Students compare two strategies");
        fields.put("clip2", "21:05-26:00");
        fields.put("clip2Reason", "Teacher revoices a student explanation");
        fields.put("stockClip", "Ms. Rivera: Fractions on a number line");
        fields.put("nextConversationDate", "2026-10-20");
        return new RecordingBlueprintContext(SPACE, fields);
    }

    private static long pageId(long atOnce, CreationPath path) {
        return path == CreationPath.AT_ONCE ? atOnce : atOnce + 1000;
    }

    /** Hands the listener the map the provider filled, as the create-content plugin does on the given path. */
    private void publish(ConversationType type, long pageId, RecordingBlueprintContext context, CreationPath path) {
        Map<String, Object> eventContext = path == CreationPath.AT_ONCE
                ? context.getMap()
                : DraftContextJson.roundTrip(context.getMap());
        ContentBlueprint blueprint = new ContentBlueprint();
        blueprint.setModuleCompleteKey(PluginKey.KEY + ":"
                + BlueprintPageCreatedListener.blueprintModuleKey(type));
        Page page = new Page();
        page.setId(pageId);
        page.setSpace(new Space(SPACE));
        plugin.host.publish(new BlueprintPageCreateEvent(this, page, blueprint, null, eventContext));
    }

    /** The steps stored are exactly those the provider's facts start the page with. */
    private void assertStartingSteps(long pageId, RecordingBlueprintContext context) {
        Object declared = context.getMap().get(BlueprintFacts.ACTION_STEPS);
        List<String> expected = BlueprintFacts.readActionSteps(declared instanceof String text ? text : null).stream()
                .map(StartingStep::description).toList();
        assertEquals(expected, plugin.actionSteps.findOnPage(pageId).stream()
                .map(Versioned::value).map(step -> step.description()).toList());
        assertTrue("the conversation is registered", plugin.conversations.find(pageId).isPresent());
    }

    private List<MilestoneKind> kinds(long pageId) {
        return plugin.milestones.milestonesOf(pageId).stream().map(Milestone::kind).toList();
    }
}
