package org.coachingconversations.application.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDeadlines;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.dashboard.ConversationDashboardQueries;
import org.coachingconversations.domain.dashboard.DashboardFilter;
import org.coachingconversations.domain.dashboard.DashboardRow;
import org.coachingconversations.domain.dashboard.DashboardScope;
import org.coachingconversations.domain.dashboard.DashboardSection;
import org.coachingconversations.domain.dashboard.FollowUpDashboard;
import org.coachingconversations.domain.dashboard.RestrictedPages;
import org.coachingconversations.domain.dashboard.SectionRows;
import org.coachingconversations.domain.dashboard.SelfCheckDashboardQueries;
import org.coachingconversations.domain.quality.QualitySummary;
import org.coachingconversations.domain.dashboard.SpaceVisibility;
import org.coachingconversations.domain.dashboard.StepDashboardQueries;
import org.coachingconversations.domain.dashboard.WeekTally;
import org.coachingconversations.domain.dashboard.WeeklyTallies;
import org.coachingconversations.domain.followup.ConferenceTiming;
import org.coachingconversations.domain.followup.CycleRecordDeadline;
import org.coachingconversations.domain.followup.OverdueFlag;
import org.coachingconversations.domain.followup.OverdueFlagHistory;
import org.coachingconversations.domain.followup.PageVisibility;
import org.coachingconversations.domain.followup.ResultPage;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.timeline.CycleRecordTimeline;
import org.coachingconversations.domain.timeline.MilestoneKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A space's follow-up dashboard for one viewer. The rule, the same for every entry point: a row appears, and is
 * counted, only if the viewer may view its page now.
 *
 * <p>How it stays fast: most pages carry no restriction, and anyone who may view a space may view its unrestricted
 * pages. So the host is asked once per request about the space's listed restricted pages ({@link RestrictedPages},
 * one batched call per 500 pages), and the database leaves out the ones the viewer may not view: its COUNTs are the
 * viewer's totals and its pages are the viewer's pages. Every page of rows is then shown to the host once more in
 * one batched call; a row the host hides although its page was not listed (a restriction the app has not heard of,
 * such as one inherited from a parent) lists its page and the list is read again, so such a row is never shown.
 */
@Component
public class ShowFollowUpDashboard {

    static final int HOST_BATCH = 500;
    /** The most rows one list exports to CSV. */
    public static final int MAX_EXPORT_ROWS = 5000;
    static final int EXPORT_PAGE = ResultPageRequest.MAX_LIMIT;
    private static final int MAX_REREADS = 3;

    private final StepDashboardQueries steps;
    private final ConversationDashboardQueries conversations;
    private final SelfCheckDashboardQueries selfChecks;
    private final RestrictedPages restrictedPages;
    private final PageVisibility pageVisibility;
    private final SpaceVisibility spaceVisibility;
    private final SpaceSettingsStore settings;
    private final OverdueFlagHistory flags;
    private final Clock clock;

    @Autowired
    public ShowFollowUpDashboard(StepDashboardQueries steps, ConversationDashboardQueries conversations,
            SelfCheckDashboardQueries selfChecks, RestrictedPages restrictedPages, PageVisibility pageVisibility,
            SpaceVisibility spaceVisibility, SpaceSettingsStore settings, OverdueFlagHistory flags) {
        this(steps, conversations, selfChecks, restrictedPages, pageVisibility, spaceVisibility, settings, flags,
                Clock.systemUTC());
    }

    public ShowFollowUpDashboard(StepDashboardQueries steps, ConversationDashboardQueries conversations,
            SelfCheckDashboardQueries selfChecks, RestrictedPages restrictedPages, PageVisibility pageVisibility,
            SpaceVisibility spaceVisibility, SpaceSettingsStore settings, OverdueFlagHistory flags, Clock clock) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.selfChecks = Objects.requireNonNull(selfChecks, "selfChecks");
        this.restrictedPages = Objects.requireNonNull(restrictedPages, "restrictedPages");
        this.pageVisibility = Objects.requireNonNull(pageVisibility, "pageVisibility");
        this.spaceVisibility = Objects.requireNonNull(spaceVisibility, "spaceVisibility");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.flags = Objects.requireNonNull(flags, "flags");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The first {@code rowsPerList} rows of every list, the action share and the chart.
     *
     * @throws DashboardSpaceNotFoundException when the viewer may not view the space (or it does not exist)
     * @throws IllegalArgumentException when the filter selects more pages than a dashboard reads
     */
    public FollowUpDashboard overview(Optional<String> viewerKey, String spaceKey, DashboardFilter filter,
            int rowsPerList) {
        Request request = open(viewerKey, spaceKey, filter);
        List<SectionRows> sections = new ArrayList<>();
        for (DashboardSection section : DashboardSection.values()) {
            sections.add(request.read(section, false, ResultPageRequest.first(rowsPerList)));
        }
        return new FollowUpDashboard(spaceKey, request.today, filter, request.spaceSettings.coverageWeeks(),
                sections, request.scope.selectsNothing() ? new org.coachingconversations.domain.followup.ActionShare(0, 0)
                        : conversations.actionShare(request.scope),
                request.scope.selectsNothing() ? QualitySummary.of(List.of()) : selfChecks.qualityShares(request.scope));
    }

    /**
     * Steps still open past their due date (by due week) and steps done (by done week), for
     * {@value WeeklyTallies#WEEKS} weeks, over the viewer's pages: read apart from the lists, so the lists never wait
     * for the chart.
     */
    public List<WeekTally> chart(Optional<String> viewerKey, String spaceKey, DashboardFilter filter) {
        return open(viewerKey, spaceKey, filter).weeks();
    }

    /** One page of one list. */
    public SectionRows section(Optional<String> viewerKey, String spaceKey, DashboardSection section,
            DashboardFilter filter, boolean newestFirst, ResultPageRequest page) {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(page, "page");
        return open(viewerKey, spaceKey, filter).read(section, newestFirst, page);
    }

    /** Every list with all its rows the viewer may see, up to {@value #MAX_EXPORT_ROWS} rows each: the CSV export. */
    public List<SectionRows> export(Optional<String> viewerKey, String spaceKey, DashboardFilter filter,
            boolean newestFirst) {
        Request request = open(viewerKey, spaceKey, filter);
        List<SectionRows> lists = new ArrayList<>();
        for (DashboardSection section : DashboardSection.values()) {
            List<DashboardRow> rows = new ArrayList<>();
            ResultPageRequest page = ResultPageRequest.first(EXPORT_PAGE);
            long total;
            while (true) {
                SectionRows read = request.read(section, newestFirst, page);
                rows.addAll(read.rows());
                total = read.total();
                if (!read.hasMore() || read.rows().isEmpty() || rows.size() >= MAX_EXPORT_ROWS) {
                    break;
                }
                page = page.next();
            }
            List<DashboardRow> kept = rows.size() > MAX_EXPORT_ROWS ? rows.subList(0, MAX_EXPORT_ROWS) : rows;
            lists.add(new SectionRows(section, kept, total, ResultPageRequest.first(EXPORT_PAGE), newestFirst));
        }
        return lists;
    }

    /** Whether the viewer may see the space's dashboard at all: whether the viewer may view the space now. */
    public boolean isShown(Optional<String> viewerKey, String spaceKey) {
        return spaceKey != null && !spaceKey.isBlank() && spaceVisibility.canView(viewerKey, spaceKey);
    }

    /** How many weeks without a conversation make a coverage gap in this space: its settings. */
    public int coverageWeeks(String spaceKey) {
        return settings.get(spaceKey).coverageWeeks();
    }

    private Request open(Optional<String> viewerKey, String spaceKey, DashboardFilter filter) {
        Objects.requireNonNull(viewerKey, "viewerKey");
        Objects.requireNonNull(filter, "filter");
        if (spaceKey == null || spaceKey.isBlank() || !spaceVisibility.canView(viewerKey, spaceKey)) {
            throw new DashboardSpaceNotFoundException(spaceKey);
        }
        Optional<Set<Long>> selected = Optional.empty();
        if (filter.selectsPages()) {
            Set<Long> pages = conversations.selectPages(spaceKey, filter, DashboardScope.MAX_SELECTED_PAGES + 1);
            if (pages.size() > DashboardScope.MAX_SELECTED_PAGES) {
                throw new DashboardFilterTooBroadException(DashboardScope.MAX_SELECTED_PAGES);
            }
            selected = Optional.of(pages);
        }
        Set<Long> hidden = hiddenOf(viewerKey, restrictedPages.inSpace(spaceKey));
        SpaceSettings spaceSettings = settings.get(spaceKey);
        DashboardScope scope = new DashboardScope(spaceKey, hidden, selected, filter.from(), filter.to(), false);
        return new Request(viewerKey, spaceSettings, scope);
    }

    /** The pages among {@code pageIds} the viewer may not view, asking the host in batches. */
    private Set<Long> hiddenOf(Optional<String> viewerKey, Collection<Long> pageIds) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(pageIds));
        Set<Long> hidden = new HashSet<>();
        for (int from = 0; from < ids.size(); from += HOST_BATCH) {
            List<Long> batch = ids.subList(from, Math.min(from + HOST_BATCH, ids.size()));
            Set<Long> visible = pageVisibility.visiblePageIds(viewerKey, batch);
            batch.stream().filter(id -> !visible.contains(id)).forEach(hidden::add);
        }
        return hidden;
    }

    /** One viewer's reads of one space. */
    private final class Request {

        private final Optional<String> viewerKey;
        private final SpaceSettings spaceSettings;
        private final LocalDate today;
        private final ActionStepDeadlines deadlines;
        private final CycleRecordTimeline timeline;
        private DashboardScope scope;

        Request(Optional<String> viewerKey, SpaceSettings spaceSettings, DashboardScope scope) {
            this.viewerKey = viewerKey;
            this.spaceSettings = spaceSettings;
            this.scope = scope;
            this.deadlines = new ActionStepDeadlines(spaceSettings.calendar(), clock, spaceSettings.dueSoonDays());
            this.today = deadlines.today();
            this.timeline = new CycleRecordTimeline(spaceSettings.timeline(), spaceSettings.calendar());
        }

        SectionRows read(DashboardSection section, boolean newestFirst, ResultPageRequest page) {
            if (scope.selectsNothing()) {
                return new SectionRows(section, List.of(), 0, page, newestFirst);
            }
            for (int attempt = 0; ; attempt++) {
                DashboardScope ordered = scope.newestFirst(newestFirst);
                ResultPage<DashboardRow> rows = query(section, ordered, page);
                Set<Long> pageIds = new LinkedHashSet<>();
                rows.items().forEach(row -> row.pageId().ifPresent(pageIds::add));
                Set<Long> visible = pageIds.isEmpty() ? Set.of() : pageVisibility.visiblePageIds(viewerKey, pageIds);
                Set<Long> newlyHidden = new HashSet<>(pageIds);
                newlyHidden.removeAll(visible);
                if (newlyHidden.isEmpty()) {
                    return new SectionRows(section, rows.items(), rows.total(), page, newestFirst);
                }
                // The host hides a page the app did not know to be restricted: list it, so this and every later
                // count leaves it out, and read again.
                newlyHidden.forEach(id -> restrictedPages.add(id, scope.spaceKey()));
                scope = scope.hiding(newlyHidden);
                if (attempt + 1 >= MAX_REREADS) {
                    List<DashboardRow> shown = rows.items().stream()
                            .filter(row -> row.pageId().isEmpty() || visible.contains(row.pageId().getAsLong()))
                            .toList();
                    return new SectionRows(section, shown, Math.max(shown.size(),
                            rows.total() - (rows.items().size() - shown.size())), page, newestFirst);
                }
            }
        }

        private ResultPage<DashboardRow> query(DashboardSection section, DashboardScope scope, ResultPageRequest page) {
            return switch (section) {
                case OVERDUE -> overdueRows(steps.overdue(scope, today, page));
                case DUE_SOON -> map(steps.dueSoon(scope, today, deadlines.dueSoonUntil(), page),
                        step -> stepRow(section, step, Optional.empty()));
                case COVERAGE_GAPS -> coverageGaps(scope, page);
                case FOLLOW_UPS_PAST_DUE -> map(conversations.followUpsPastDue(scope, today, page),
                        conversation -> conversationRow(conversation));
                case OUTSIDE_WINDOW -> map(conversations.conferencesOutsideWindow(scope, today, page),
                        this::outsideWindowRow);
                case AWAITING_FINALIZATION -> map(conversations.awaitingFinalization(scope, today, page),
                        record -> deadlineRow(section, record, MilestoneKind.RECORD_FINALIZED,
                                record.dates().conferenceOn()));
                case AWAITING_ACKNOWLEDGEMENT -> map(conversations.awaitingAcknowledgement(scope, page),
                        record -> deadlineRow(section, record, MilestoneKind.TEACHER_ACKNOWLEDGEMENT,
                                record.dates().finalizedOn()));
                case OBJECTIONS -> map(conversations.objections(scope, page),
                        record -> new DashboardRow(section, OptionalLong.of(record.pageId()),
                                Optional.of(record.teacherKey()), Optional.of(record.observerKey()), Optional.empty(),
                                record.dates().finalizedOn(), record.dates().teacherRespondedOn(), Optional.empty(),
                                "objected"));
            };
        }

        private ResultPage<DashboardRow> overdueRows(ResultPage<ActionStep> page) {
            List<OverdueFlag> candidates = page.items().stream().filter(step -> step.dueOn().isPresent())
                    .map(OverdueFlag::of).toList();
            Map<OverdueFlag, java.time.Instant> flagged = candidates.isEmpty() ? Map.of() : flags.flaggedAt(candidates);
            return map(page, step -> stepRow(DashboardSection.OVERDUE, step,
                    step.dueOn().map(due -> flagged.get(OverdueFlag.of(step)))));
        }

        private DashboardRow stepRow(DashboardSection section, ActionStep step,
                Optional<java.time.Instant> flaggedAt) {
            return new DashboardRow(section, OptionalLong.of(step.pageId()), Optional.empty(), step.ownerKey(),
                    Optional.of(step.description()), step.dueOn(), Optional.empty(), flaggedAt,
                    section == DashboardSection.OVERDUE ? "late" : "due");
        }

        private DashboardRow conversationRow(StoredConversation conversation) {
            return new DashboardRow(DashboardSection.FOLLOW_UPS_PAST_DUE, OptionalLong.of(conversation.pageId()),
                    Optional.of(conversation.teacherKey()), conversation.leaderKey(), Optional.empty(),
                    conversation.nextConversationOn(), Optional.of(conversation.heldOn()), Optional.empty(), "late");
        }

        private DashboardRow outsideWindowRow(StoredCycleRecord record) {
            ConferenceTiming timing = ConferenceTiming.of(record, timeline);
            String state = timing.check().map(check -> check.timing().name().toLowerCase(java.util.Locale.ROOT))
                    .orElse("unscheduled");
            return new DashboardRow(DashboardSection.OUTSIDE_WINDOW, OptionalLong.of(record.pageId()),
                    Optional.of(record.teacherKey()), Optional.of(record.observerKey()), Optional.empty(),
                    Optional.of(record.dates().observedOn()), Optional.of(timing.window().latest()), Optional.empty(),
                    state);
        }

        private DashboardRow deadlineRow(DashboardSection section, StoredCycleRecord record, MilestoneKind kind,
                Optional<LocalDate> date) {
            CycleRecordDeadline deadline = CycleRecordDeadline.of(record, kind, timeline, today);
            return new DashboardRow(section, OptionalLong.of(record.pageId()), Optional.of(record.teacherKey()),
                    Optional.of(record.observerKey()), Optional.empty(), date,
                    Optional.of(deadline.milestone().window().latest()), Optional.empty(),
                    deadline.isMissed() ? "missed" : "due");
        }

        /**
         * Teachers whose latest conversation the viewer may view is older than the coverage period: computed over the
         * viewer's pages only, so a gap never tells about a page the viewer may not view.
         */
        private ResultPage<DashboardRow> coverageGaps(DashboardScope scope, ResultPageRequest page) {
            LocalDate coveredSince = today.minusWeeks(spaceSettings.coverageWeeks());
            DashboardScope undated = new DashboardScope(scope.spaceKey(), scope.hiddenPageIds(), scope.onlyPageIds(),
                    Optional.empty(), Optional.empty(), scope.newestFirst());
            Comparator<Map.Entry<String, LocalDate>> order = Map.Entry.<String, LocalDate>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey());
            List<Map.Entry<String, LocalDate>> gaps = conversations.latestConversationByTeacher(undated, today)
                    .entrySet().stream()
                    .filter(entry -> entry.getValue().isBefore(coveredSince))
                    .filter(entry -> scope.from().map(from -> !entry.getValue().isBefore(from)).orElse(true))
                    .filter(entry -> scope.to().map(to -> !entry.getValue().isAfter(to)).orElse(true))
                    .sorted(scope.newestFirst() ? order.reversed() : order)
                    .toList();
            int from = (int) Math.min(page.offset(), gaps.size());
            List<DashboardRow> rows = gaps.subList(from, Math.min(from + page.limit(), gaps.size())).stream()
                    .map(entry -> new DashboardRow(DashboardSection.COVERAGE_GAPS, OptionalLong.empty(),
                            Optional.of(entry.getKey()), Optional.empty(), Optional.empty(),
                            Optional.of(entry.getValue()), Optional.of(coveredSince), Optional.empty(), "late"))
                    .toList();
            return new ResultPage<>(rows, gaps.size(), page);
        }

        List<WeekTally> weeks() {
            if (scope.selectsNothing()) {
                return WeeklyTallies.of(today, List.of(), List.of());
            }
            LocalDate first = WeeklyTallies.firstWeek(today);
            DashboardScope undated = new DashboardScope(scope.spaceKey(), scope.hiddenPageIds(), scope.onlyPageIds(),
                    Optional.empty(), Optional.empty(), false);
            return WeeklyTallies.of(today, steps.slippedByDueDay(undated, first, today),
                    steps.doneByDay(undated, first, today));
        }

        private <T> ResultPage<DashboardRow> map(ResultPage<T> page, Function<T, DashboardRow> toRow) {
            return new ResultPage<>(page.items().stream().map(toRow).toList(), page.total(), page.request());
        }
    }
}
