package org.coachingconversations.application.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDeadlines;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.followup.ActionShare;
import org.coachingconversations.domain.followup.ActionStepQuery;
import org.coachingconversations.domain.followup.ActionStepRepository;
import org.coachingconversations.domain.followup.ConferenceTiming;
import org.coachingconversations.domain.followup.ConversationRepository;
import org.coachingconversations.domain.followup.CoverageGap;
import org.coachingconversations.domain.followup.CoverageGaps;
import org.coachingconversations.domain.followup.CycleRecordDeadline;
import org.coachingconversations.domain.followup.CycleRecordRepository;
import org.coachingconversations.domain.followup.FollowUpSummary;
import org.coachingconversations.domain.followup.PageVisibility;
import org.coachingconversations.domain.followup.ResultPage;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.domain.followup.SpaceTeachers;
import org.coachingconversations.domain.followup.SummaryOptions;
import org.coachingconversations.domain.followup.SummarySection;
import org.coachingconversations.domain.followup.SummarySectionReader;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.timeline.CycleRecordTimeline;
import org.coachingconversations.domain.timeline.MilestoneKind;

/**
 * Shows a space's follow-ups to one viewer: the follow-up summary, built from paged, counted queries, never all steps
 * or all records of a space. Each section is read by {@link SummarySectionReader} (only what the viewer may view is
 * listed); the totals come from the queries' counts. Only the teacher roster is walked to its end, because whether a
 * teacher is a coverage gap is known only after asking about every teacher; that costs one grouped query per
 * {@value #ROSTER_BATCH} teachers.
 *
 * <p>No Confluence entry point calls it yet (the follow-up dashboard is not built), and the roster port
 * {@link SpaceTeachers} has no implementation in the app, so it is not a Spring component; whoever builds the
 * dashboard constructs it with its ports.
 */
public final class ShowSpaceFollowUps {

    static final int ROSTER_BATCH = 100;

    private final ActionStepRepository steps;
    private final ConversationRepository conversations;
    private final CycleRecordRepository cycleRecords;
    private final SpaceTeachers teachers;
    private final PageVisibility visibility;
    private final SpaceSettingsStore settings;
    private final Clock clock;

    public ShowSpaceFollowUps(ActionStepRepository steps, ConversationRepository conversations,
            CycleRecordRepository cycleRecords, SpaceTeachers teachers, PageVisibility visibility,
            SpaceSettingsStore settings, Clock clock) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.cycleRecords = Objects.requireNonNull(cycleRecords, "cycleRecords");
        this.teachers = Objects.requireNonNull(teachers, "teachers");
        this.visibility = Objects.requireNonNull(visibility, "visibility");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param viewerKey the person looking at the dashboard; empty for an anonymous visitor
     */
    public FollowUpSummary summarize(String spaceKey, Optional<String> viewerKey, SummaryOptions options) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("Follow-up summary: the space key is required.");
        }
        Objects.requireNonNull(viewerKey, "viewerKey");
        Objects.requireNonNull(options, "options");
        SpaceSettings spaceSettings = settings.get(spaceKey);
        CycleRecordTimeline timeline = new CycleRecordTimeline(spaceSettings.timeline(), spaceSettings.calendar());
        ActionStepDeadlines deadlines = new ActionStepDeadlines(spaceSettings.calendar(), clock,
                options.dueSoonDays());
        LocalDate today = deadlines.today();
        SummarySectionReader reader = new SummarySectionReader(visibility, viewerKey, options);

        SummarySection<ActionStep> overdue = reader.read(
                page -> steps.find(ActionStepQuery.overdueInSpace(spaceKey, today), page),
                ActionStep::pageId, Function.identity());
        SummarySection<ActionStep> dueSoon = reader.read(
                page -> steps.find(ActionStepQuery.dueSoonInSpace(spaceKey, today, deadlines.dueSoonUntil()), page),
                ActionStep::pageId, Function.identity());
        SummarySection<StoredConversation> followUps = reader.read(
                page -> conversations.findFollowUpsPastDue(spaceKey, today, page),
                StoredConversation::pageId, Function.identity());
        SummarySection<ConferenceTiming> outsideWindow = reader.read(
                page -> cycleRecords.findConferencesOutsideWindow(spaceKey, today, page),
                StoredCycleRecord::pageId, record -> ConferenceTiming.of(record, timeline));
        SummarySection<CycleRecordDeadline> awaitingFinalization = reader.read(
                page -> cycleRecords.findAwaitingFinalization(spaceKey, today, page),
                StoredCycleRecord::pageId,
                record -> CycleRecordDeadline.of(record, MilestoneKind.RECORD_FINALIZED, timeline, today));
        SummarySection<CycleRecordDeadline> awaitingAcknowledgement = reader.read(
                page -> cycleRecords.findAwaitingAcknowledgement(spaceKey, page),
                StoredCycleRecord::pageId,
                record -> CycleRecordDeadline.of(record, MilestoneKind.TEACHER_ACKNOWLEDGEMENT, timeline, today));

        return new FollowUpSummary(spaceKey, today, options, overdue, dueSoon, followUps,
                coverageGaps(spaceKey, today, options), outsideWindow, awaitingFinalization, awaitingAcknowledgement,
                ActionShare.ofCounts(conversations.countConversations(spaceKey),
                        conversations.countConversationsLeadingToAction(spaceKey)));
    }

    /** Walks the roster, one grouped query of latest conversation dates per batch of teachers. */
    private SummarySection<CoverageGap> coverageGaps(String spaceKey, LocalDate today, SummaryOptions options) {
        CoverageGaps gaps = new CoverageGaps(today, options);
        ResultPageRequest request = ResultPageRequest.first(ROSTER_BATCH);
        while (true) {
            ResultPage<String> roster = teachers.teacherKeys(spaceKey, request);
            if (roster.items().isEmpty()) {
                break;
            }
            Set<String> batch = new LinkedHashSet<>(roster.items());
            Map<String, LocalDate> latest = conversations.latestConversationDates(spaceKey, batch, today);
            for (String teacherKey : batch) {
                gaps.consider(teacherKey, Optional.ofNullable(latest.get(teacherKey)));
            }
            if (!roster.hasMore()) {
                break;
            }
            request = request.next();
        }
        return gaps.section();
    }
}
