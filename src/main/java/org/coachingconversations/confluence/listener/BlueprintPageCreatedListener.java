package org.coachingconversations.confluence.listener;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.confluence.blueprint.BlueprintFacts;
import org.coachingconversations.domain.actionstep.ActionPlan;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.CycleRecordDates;
import org.coachingconversations.domain.conversation.CycleRecordStore;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.conversation.StoredCycleRecord;
import org.coachingconversations.domain.conversation.Versioned;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.timeline.ConversationTimeline;
import org.coachingconversations.domain.timeline.CycleRecordTimeline;
import org.coachingconversations.domain.timeline.Milestone;
import org.coachingconversations.domain.timeline.MilestoneStore;
import org.coachingconversations.domain.transaction.UnitOfWork;
import org.coachingconversations.platform.HostEventListener;
import org.coachingconversations.platform.PluginKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Registers a page created from one of the app's four blueprints, so that dashboards, timelines and the follow-up
 * of the next conversation know it: in one unit of work, the conversation, for a Cycle Record also the record, any
 * action steps the page starts with (through {@link ActionPlan}, which keeps the "leads to action" flag), and the
 * page's milestones ({@link CycleRecordTimeline} with the space's calendar and windows, or
 * {@link ConversationTimeline}). Everything comes from the {@link BlueprintFacts} the type's context provider put
 * into the blueprint context, which the event carries; the page id and space come from the saved page.
 *
 * <p>The page exists when the event arrives, so a failure must not undo it: it is logged with the page id and the
 * unit of work is rolled back, leaving no half-registered page. A page already registered (the same event twice) is
 * left as it is.
 */
@Component
public class BlueprintPageCreatedListener extends HostEventListener {

    private static final String BLUEPRINT_PREFIX = "coaching-";
    private static final String BLUEPRINT_SUFFIX = "-blueprint";

    private static final Logger LOG = LoggerFactory.getLogger(BlueprintPageCreatedListener.class);

    private final UnitOfWork unitOfWork;
    private final ConversationStore conversations;
    private final CycleRecordStore cycleRecords;
    private final ActionStepStore actionSteps;
    private final MilestoneStore milestones;
    private final SpaceSettingsStore spaceSettings;
    private final Clock clock;

    @Autowired
    public BlueprintPageCreatedListener(EventPublisher eventPublisher, UnitOfWork unitOfWork,
            ConversationStore conversations, CycleRecordStore cycleRecords, ActionStepStore actionSteps,
            MilestoneStore milestones, SpaceSettingsStore spaceSettings) {
        this(eventPublisher, unitOfWork, conversations, cycleRecords, actionSteps, milestones, spaceSettings,
                Clock.systemUTC());
    }

    /**
     * @param clock the day of creation in the space's time zone: it dates a page whose type has no conversation date
     *     (SPS reflection), and a Cycle Record's post-conference counts as completed only if dated on or before it
     */
    public BlueprintPageCreatedListener(EventPublisher eventPublisher, UnitOfWork unitOfWork,
            ConversationStore conversations, CycleRecordStore cycleRecords, ActionStepStore actionSteps,
            MilestoneStore milestones, SpaceSettingsStore spaceSettings, Clock clock) {
        super(eventPublisher);
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.cycleRecords = Objects.requireNonNull(cycleRecords, "cycleRecords");
        this.actionSteps = Objects.requireNonNull(actionSteps, "actionSteps");
        this.milestones = Objects.requireNonNull(milestones, "milestones");
        this.spaceSettings = Objects.requireNonNull(spaceSettings, "spaceSettings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The module key of the blueprint that creates pages of this type, e.g. {@code coaching-cycle-record-blueprint}. */
    public static String blueprintModuleKey(ConversationType type) {
        return BLUEPRINT_PREFIX + type.id() + BLUEPRINT_SUFFIX;
    }

    /** The type whose blueprint has this complete key; empty for any other blueprint. */
    static Optional<ConversationType> typeOf(ContentBlueprint blueprint) {
        String key = blueprint == null ? null : blueprint.getModuleCompleteKey();
        if (key == null) {
            return Optional.empty();
        }
        return Arrays.stream(ConversationType.values())
                .filter(type -> key.equals(PluginKey.completeKey(blueprintModuleKey(type))))
                .findFirst();
    }

    @EventListener
    public void onBlueprintPageCreated(BlueprintPageCreateEvent event) {
        Optional<ConversationType> type = typeOf(event.getBlueprint());
        if (type.isEmpty()) {
            return;
        }
        Page page = event.getPage();
        long pageId = page == null ? 0 : page.getId();
        try {
            if (page == null) {
                throw new IllegalArgumentException("the event names no page");
            }
            register(type.get(), pageId, page.getSpaceKey(), new BlueprintPageFacts(pageId, event.getContext()));
        } catch (RuntimeException failure) {
            // The page is saved; only its entry in the app's tables is missing, and nothing of it was kept.
            LOG.error("Coaching Conversations: the {} page {} was created, but could not be registered; it is missing"
                    + " from dashboards, timelines and the next conversation's follow-up", type.get().id(), pageId, failure);
        }
    }

    private void register(ConversationType type, long pageId, String spaceKey, BlueprintPageFacts facts) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("page " + pageId + " is in no space");
        }
        String declaredType = facts.required(BlueprintFacts.CONVERSATION_TYPE);
        if (!declaredType.equals(type.id())) {
            throw new IllegalArgumentException("page " + pageId + " comes from the " + type.id() + " blueprint, but its "
                    + BlueprintFacts.CONVERSATION_TYPE + " is " + declaredType);
        }
        unitOfWork.run(() -> {
            if (conversations.find(pageId).isPresent()) {
                LOG.info("Coaching Conversations: page {} is already registered; its creation is not recorded twice", pageId);
                return null;
            }
            SpaceSettings settings = spaceSettings.get(spaceKey);
            String teacherKey = facts.required(BlueprintFacts.TEACHER_USER_KEY);
            Optional<CycleRecordDates> cycleDates = type == ConversationType.CYCLE_RECORD
                    ? Optional.of(CycleRecordDates.observed(facts.requiredDate(BlueprintFacts.OBSERVATION_DATE),
                            facts.observationType()).withConferenceOn(facts.requiredDate(BlueprintFacts.CONFERENCE_DATE)))
                    : Optional.empty();
            StoredConversation conversation = new StoredConversation(pageId, spaceKey, type, teacherKey,
                    leader(type, facts), heldOn(cycleDates, facts, settings),
                    facts.optionalDate(BlueprintFacts.NEXT_CONVERSATION_DATE), Optional.empty());
            conversations.register(conversation);
            cycleDates.ifPresent(dates -> cycleRecords.register(new StoredCycleRecord(pageId, spaceKey, teacherKey,
                    facts.required(BlueprintFacts.OBSERVER_USER_KEY), dates)));
            List<ActionStep> steps = startingSteps(pageId, spaceKey, facts);

            List<Milestone> timeline = new ArrayList<>();
            cycleDates.ifPresent(dates -> timeline.addAll(new CycleRecordTimeline(settings.timeline(), settings.calendar())
                    .milestones(dates, settings.calendar().today(clock))));
            timeline.addAll(ConversationTimeline.milestones(conversation, steps));
            milestones.replaceAll(pageId, spaceKey, timeline);
            return null;
        });
    }

    /** The steps the page starts with, stored with their ids; none for most pages. */
    private List<ActionStep> startingSteps(long pageId, String spaceKey, BlueprintPageFacts facts) {
        List<ActionStep> planned = facts.actionSteps().stream()
                .map(step -> ActionStep.open(pageId, spaceKey, step.ownerKey().orElse(null), step.role(),
                        step.description(), step.dueOn().orElse(null)))
                .toList();
        if (planned.isEmpty()) {
            return planned;
        }
        return new ActionPlan(actionSteps, conversations, unitOfWork).addToPage(pageId, planned).stream()
                .map(Versioned::value).toList();
    }

    private static Optional<String> leader(ConversationType type, BlueprintPageFacts facts) {
        return switch (type) {
            case CYCLE_RECORD -> Optional.of(facts.required(BlueprintFacts.OBSERVER_USER_KEY));
            case SPS_REFLECTION -> facts.optional(BlueprintFacts.COACH_USER_KEY);
            case COACHING_CONVERSATION, VIDEO_COACHING_CYCLE -> Optional.of(facts.required(BlueprintFacts.COACH_USER_KEY));
        };
    }

    /**
     * A Cycle Record's conversation is its post-conference; other pages carry their date, and a page without one
     * (an SPS reflection) is dated by the day it is created in the space's time zone.
     */
    private LocalDate heldOn(Optional<CycleRecordDates> cycleDates, BlueprintPageFacts facts, SpaceSettings settings) {
        if (cycleDates.isPresent()) {
            return cycleDates.get().conferenceOn().orElseThrow();
        }
        return facts.optionalDate(BlueprintFacts.CONVERSATION_DATE).orElseGet(() -> settings.calendar().today(clock));
    }
}
