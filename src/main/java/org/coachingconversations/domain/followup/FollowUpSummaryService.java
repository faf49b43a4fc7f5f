package org.coachingconversations.domain.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDeadlines;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.timeline.CycleRecordTimeline;
import org.coachingconversations.domain.timeline.DueWindow;
import org.coachingconversations.domain.timeline.Milestone;
import org.coachingconversations.domain.timeline.MilestoneKind;

/**
 * Builds a space's follow-up summary from paged, counted queries: never all steps or all records
 * of a space. Each section reads pages until it can list {@code itemsPerSection} items the viewer
 * may see, or has read {@code maxPagesPerSection} pages; the totals come from the queries' counts.
 * Only the teacher roster is walked to its end, because whether a teacher is a coverage gap is
 * known only after asking about every teacher; that costs one grouped query per
 * {@value #ROSTER_BATCH} teachers.
 */
public final class FollowUpSummaryService {

    static final int ROSTER_BATCH = 100;

    private final ActionStepRepository steps;
    private final ConversationRepository conversations;
    private final CycleRecordRepository cycleRecords;
    private final SpaceTeachers teachers;
    private final PageVisibility visibility;
    private final SpaceSettingsStore settings;
    private final Clock clock;

    public FollowUpSummaryService(ActionStepRepository steps, ConversationRepository conversations,
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
        SchoolCalendar calendar = spaceSettings.calendar();
        CycleRecordTimeline timeline = new CycleRecordTimeline(spaceSettings.timeline(), calendar);
        ActionStepDeadlines deadlines = new ActionStepDeadlines(calendar, clock, options.dueSoonDays());
        LocalDate today = deadlines.today();
        SectionReader reader = new SectionReader(viewerKey, options);

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
                StoredCycleRecord::pageId, record -> conferenceTiming(record, timeline));
        SummarySection<CycleRecordDeadline> awaitingFinalization = reader.read(
                page -> cycleRecords.findAwaitingFinalization(spaceKey, today, page),
                StoredCycleRecord::pageId, record -> deadline(record, MilestoneKind.RECORD_FINALIZED, timeline, today));
        SummarySection<CycleRecordDeadline> awaitingAcknowledgement = reader.read(
                page -> cycleRecords.findAwaitingAcknowledgement(spaceKey, page),
                StoredCycleRecord::pageId,
                record -> deadline(record, MilestoneKind.TEACHER_ACKNOWLEDGEMENT, timeline, today));

        return new FollowUpSummary(spaceKey, today, options, overdue, dueSoon, followUps,
                coverageGaps(spaceKey, today, options), outsideWindow, awaitingFinalization, awaitingAcknowledgement,
                actionShare(spaceKey));
    }

    private static ConferenceTiming conferenceTiming(StoredCycleRecord record, CycleRecordTimeline timeline) {
        DueWindow window = timeline.conferenceWindow(record.dates().observedOn());
        return new ConferenceTiming(record, window, timeline.conferenceCheck(record.dates()));
    }

    private static CycleRecordDeadline deadline(StoredCycleRecord record, MilestoneKind kind,
            CycleRecordTimeline timeline, LocalDate today) {
        Milestone milestone = timeline.milestone(record.dates(), kind, today).orElseThrow(() -> new IllegalStateException(
                "Cycle Record on page " + record.pageId() + " was listed as waiting for " + kind.id()
                        + " but its dates do not reach that step; the stored record and its query disagree."));
        return new CycleRecordDeadline(record, milestone, milestone.statusOn(today));
    }

    /** Walks the roster and keeps the gaps that have waited longest: never met first, then oldest. */
    private SummarySection<CoverageGap> coverageGaps(String spaceKey, LocalDate today, SummaryOptions options) {
        LocalDate coveredSince = today.minusWeeks(options.coverageWeeks());
        Comparator<CoverageGap> mostUrgentFirst = Comparator
                .comparing((CoverageGap gap) -> gap.lastConversationOn().orElse(LocalDate.MIN))
                .thenComparing(CoverageGap::teacherKey);
        PriorityQueue<CoverageGap> leastUrgentOnTop = new PriorityQueue<>(mostUrgentFirst.reversed());
        long total = 0;
        ResultPageRequest request = ResultPageRequest.first(ROSTER_BATCH);
        while (true) {
            ResultPage<String> roster = teachers.teacherKeys(spaceKey, request);
            if (roster.items().isEmpty()) {
                break;
            }
            Set<String> batch = new LinkedHashSet<>(roster.items());
            Map<String, LocalDate> latest = conversations.latestConversationDates(spaceKey, batch, today);
            for (String teacherKey : batch) {
                Optional<LocalDate> last = Optional.ofNullable(latest.get(teacherKey));
                if (last.filter(date -> !date.isBefore(coveredSince)).isPresent()) {
                    continue;
                }
                total++;
                leastUrgentOnTop.add(new CoverageGap(teacherKey, last));
                if (leastUrgentOnTop.size() > options.itemsPerSection()) {
                    leastUrgentOnTop.poll();
                }
            }
            if (!roster.hasMore()) {
                break;
            }
            request = request.next();
        }
        List<CoverageGap> listed = new ArrayList<>(leastUrgentOnTop);
        listed.sort(mostUrgentFirst);
        return new SummarySection<>(listed, total, 0);
    }

    private ActionShare actionShare(String spaceKey) {
        long all = conversations.countConversations(spaceKey);
        // Two counts are two reads; a step saved between them must not push the share over 100%.
        long leading = Math.min(all, conversations.countConversationsLeadingToAction(spaceKey));
        return new ActionShare(all, leading);
    }

    /** Reads one section's pages and splits their rows into visible details and hidden counts. */
    private final class SectionReader {

        private final Optional<String> viewerKey;
        private final SummaryOptions options;

        SectionReader(Optional<String> viewerKey, SummaryOptions options) {
            this.viewerKey = viewerKey;
            this.options = options;
        }

        <R, T> SummarySection<T> read(Function<ResultPageRequest, ResultPage<R>> query, ToLongFunction<R> pageIdOf,
                Function<R, T> toItem) {
            int wanted = options.itemsPerSection();
            List<T> shown = new ArrayList<>();
            long hidden = 0;
            long total = 0;
            ResultPageRequest request = ResultPageRequest.first(wanted);
            for (int pagesRead = 0; pagesRead < options.maxPagesPerSection(); pagesRead++) {
                ResultPage<R> page = query.apply(request);
                total = page.total();
                if (page.items().isEmpty()) {
                    break;
                }
                Set<Long> pageIds = new LinkedHashSet<>();
                page.items().forEach(row -> pageIds.add(pageIdOf.applyAsLong(row)));
                Set<Long> visible = visibility.visiblePageIds(viewerKey, pageIds);
                for (R row : page.items()) {
                    if (!visible.contains(pageIdOf.applyAsLong(row))) {
                        hidden++;
                    } else if (shown.size() < wanted) {
                        shown.add(toItem.apply(row));
                    }
                }
                if (shown.size() >= wanted || !page.hasMore()) {
                    break;
                }
                request = request.next();
            }
            // Rows added between two page reads can make an earlier total too small.
            return new SummarySection<>(shown, Math.max(total, shown.size() + hidden), hidden);
        }
    }
}
