package org.coachingconversations.application.blueprint;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.application.actionstep.ChangeActionSteps;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.conversation.ConversationLeads;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.CycleRecordStore;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.timeline.ConversationTimeline;
import org.coachingconversations.domain.timeline.CycleRecordTimeline;
import org.coachingconversations.domain.timeline.Milestone;
import org.coachingconversations.domain.timeline.MilestoneStore;
import org.coachingconversations.domain.transaction.UnitOfWork;
import org.coachingconversations.domain.versioning.Versioned;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Registers a page created from one of the app's blueprints, so that dashboards, timelines and the follow-up of the
 * next conversation know it: in one unit of work, the conversation (led and dated by {@link ConversationLeads}), for a
 * Cycle Record also the record, any action steps the page starts with (through {@link ChangeActionSteps}, which keeps the
 * "leads to action" flag), and the page's milestones ({@link CycleRecordTimeline} with the space's calendar and
 * windows, and {@link ConversationTimeline}). A failure rolls everything back.
 */
@Component
public class RegisterBlueprintPage {

    /** What became of a registration. */
    public enum Outcome {
        REGISTERED,
        /** The page was registered before (the same event twice); nothing was changed. */
        ALREADY_REGISTERED
    }

    private final UnitOfWork unitOfWork;
    private final ConversationStore conversations;
    private final CycleRecordStore cycleRecords;
    private final ActionStepStore actionSteps;
    private final MilestoneStore milestones;
    private final SpaceSettingsStore spaceSettings;
    private final Clock clock;

    @Autowired
    public RegisterBlueprintPage(UnitOfWork unitOfWork, ConversationStore conversations, CycleRecordStore cycleRecords,
            ActionStepStore actionSteps, MilestoneStore milestones, SpaceSettingsStore spaceSettings) {
        this(unitOfWork, conversations, cycleRecords, actionSteps, milestones, spaceSettings, Clock.systemUTC());
    }

    /**
     * @param clock the day of creation in the space's time zone: it dates a page whose type has no conversation date
     *     (SPS reflection), and a Cycle Record's post-conference counts as completed only if dated on or before it
     */
    public RegisterBlueprintPage(UnitOfWork unitOfWork, ConversationStore conversations, CycleRecordStore cycleRecords,
            ActionStepStore actionSteps, MilestoneStore milestones, SpaceSettingsStore spaceSettings, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.cycleRecords = Objects.requireNonNull(cycleRecords, "cycleRecords");
        this.actionSteps = Objects.requireNonNull(actionSteps, "actionSteps");
        this.milestones = Objects.requireNonNull(milestones, "milestones");
        this.spaceSettings = Objects.requireNonNull(spaceSettings, "spaceSettings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @throws IllegalArgumentException when the page lacks a fact its type needs, or its facts break a domain rule;
     *     nothing is stored then
     */
    public Outcome register(BlueprintPageRegistration page) {
        Objects.requireNonNull(page, "page");
        long pageId = page.pageId();
        String spaceKey = page.spaceKey();
        return unitOfWork.run(() -> {
            if (conversations.find(pageId).isPresent()) {
                return Outcome.ALREADY_REGISTERED;
            }
            SpaceSettings settings = spaceSettings.get(spaceKey);
            Optional<CycleRecordDates> cycleDates = page.type() == ConversationType.CYCLE_RECORD
                    ? Optional.of(CycleRecordDates.observed(page.required(page.observedOn(), "observation date"),
                            page.required(page.observationType(), "observation type"))
                            .withConferenceOn(page.required(page.conferenceOn(), "post-conference date")))
                    : Optional.empty();
            StoredConversation conversation = new StoredConversation(pageId, spaceKey, page.type(), page.teacherKey(),
                    leader(page), ConversationLeads.heldOn(cycleDates, page.conversationOn(),
                            settings.calendar().today(clock)),
                    page.nextConversationOn(), Optional.empty());
            conversations.register(conversation);
            cycleDates.ifPresent(dates -> cycleRecords.register(new StoredCycleRecord(pageId, spaceKey,
                    page.teacherKey(), page.required(page.observerKey(), "observer"), dates)));
            List<ActionStep> steps = startingSteps(page);

            List<Milestone> timeline = new ArrayList<>();
            cycleDates.ifPresent(dates -> timeline.addAll(new CycleRecordTimeline(settings.timeline(), settings.calendar())
                    .milestones(dates, settings.calendar().today(clock))));
            timeline.addAll(ConversationTimeline.milestones(conversation, steps));
            milestones.replaceAll(pageId, spaceKey, timeline);
            return Outcome.REGISTERED;
        });
    }

    private static Optional<String> leader(BlueprintPageRegistration page) {
        try {
            return ConversationLeads.leader(page.type(), page.observerKey(), page.coachKey());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Page " + page.pageId() + ": " + e.getMessage(), e);
        }
    }

    /** The steps the page starts with, stored with their ids; none for most pages. */
    private List<ActionStep> startingSteps(BlueprintPageRegistration page) {
        List<ActionStep> planned = page.startingSteps().stream()
                .map(step -> ActionStep.open(page.pageId(), page.spaceKey(), step.ownerKey().orElse(null), step.role(),
                        step.description(), step.dueOn().orElse(null)))
                .toList();
        if (planned.isEmpty()) {
            return planned;
        }
        return new ChangeActionSteps(actionSteps, conversations, unitOfWork).addToPage(page.pageId(), planned).stream()
                .map(Versioned::value).toList();
    }
}
