package org.coachingconversations.application.followup;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.anActionStep;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.followup.ActionShare;
import org.coachingconversations.domain.followup.ConferenceTiming;
import org.coachingconversations.domain.followup.CoverageGap;
import org.coachingconversations.domain.followup.CycleRecordDeadline;
import org.coachingconversations.domain.followup.FakePageVisibility;
import org.coachingconversations.domain.followup.FixedSpaceSettings;
import org.coachingconversations.domain.followup.FollowUpSummary;
import org.coachingconversations.domain.followup.InMemoryActionStepRepository;
import org.coachingconversations.domain.followup.InMemoryConversationRepository;
import org.coachingconversations.domain.followup.InMemoryCycleRecordRepository;
import org.coachingconversations.domain.followup.InMemorySpaceTeachers;
import org.coachingconversations.domain.followup.SummaryOptions;
import org.coachingconversations.domain.followup.SummarySection;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.timeline.MilestoneKind;
import org.coachingconversations.domain.timeline.MilestoneStatus;
import org.coachingconversations.domain.timeline.WindowCheck;
import org.junit.Test;

public class ShowSpaceFollowUpsTest {

    private static final String SPACE = "SCH";
    private static final String LEADER = "principal";
    private static final long VISIBLE_PAGE = 1L;
    private static final long HIDDEN_PAGE = 2L;
    /** Noon on Wednesday 2024-01-17 in Denver. */
    private static final Clock WEDNESDAY_NOON = Clock.fixed(Instant.parse("2024-01-17T19:00:00Z"), ZoneOffset.UTC);
    private static final SchoolCalendar DENVER = SchoolCalendar.standard(ZoneId.of("America/Denver"));

    private final InMemoryActionStepRepository steps = new InMemoryActionStepRepository();
    private final InMemoryConversationRepository conversations = new InMemoryConversationRepository(steps);
    private final FixedSpaceSettings schedules = new FixedSpaceSettings(DENVER);
    private final InMemoryCycleRecordRepository cycleRecords = new InMemoryCycleRecordRepository(schedules);
    private final InMemorySpaceTeachers teachers = new InMemorySpaceTeachers();
    private final FakePageVisibility visibility = new FakePageVisibility().allow(LEADER, VISIBLE_PAGE);

    private ShowSpaceFollowUps target = new ShowSpaceFollowUps(steps, conversations, cycleRecords, teachers,
            visibility, schedules, WEDNESDAY_NOON);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private FollowUpSummary summaryFor(String viewer) {
        return target.summarize(SPACE, Optional.ofNullable(viewer), SummaryOptions.defaults());
    }

    private static StoredConversation conversation(long pageId, String teacher, String heldOn, String nextOn) {
        return new StoredConversation(pageId, SPACE, ConversationType.COACHING_CONVERSATION, teacher,
                Optional.of("coach-1"), date(heldOn), Optional.ofNullable(nextOn).map(LocalDate::parse),
                Optional.empty());
    }

    private static StoredCycleRecord cycleRecord(long pageId, CycleRecordDates dates) {
        return new StoredCycleRecord(pageId, SPACE, "teacher-" + pageId, "observer-1", dates);
    }

    private static CycleRecordDates observedOn(String iso) {
        return CycleRecordDates.observed(date(iso), ObservationType.FULL);
    }

    @Test
    public void summarize_shouldListOverdueStepsOnVisiblePages_andOnlyCountTheHiddenOnes() {
        // Given
        steps.add(anActionStep().withId(1).onPage(VISIBLE_PAGE).dueOn("2024-01-16").build(),
                anActionStep().withId(2).onPage(HIDDEN_PAGE).dueOn("2024-01-10").build(),
                anActionStep().withId(3).onPage(VISIBLE_PAGE).dueOn("2024-01-03").build(),
                anActionStep().withId(4).onPage(HIDDEN_PAGE).dueOn("2024-01-12").doneOn("2024-01-12").build());

        // When
        SummarySection<ActionStep> overdue = summaryFor(LEADER).overdueSteps();

        // Then
        assertEquals(List.of(3L, 1L), overdue.items().stream().map(ActionStep::id).toList());
        assertEquals(3, overdue.total());
        assertEquals(1, overdue.hiddenFromViewer());
        assertEquals(0, overdue.notListed());
    }

    @Test
    public void summarize_shouldGiveOnlyCounts_toAnAnonymousVisitor() {
        // Given
        steps.add(anActionStep().withId(1).onPage(VISIBLE_PAGE).dueOn("2024-01-16").build());
        conversations.add(conversation(VISIBLE_PAGE, "teacher-1", "2024-01-02", "2024-01-09"));

        // When
        FollowUpSummary summary = summaryFor(null);

        // Then
        assertEquals(List.of(), summary.overdueSteps().items());
        assertEquals(1, summary.overdueSteps().total());
        assertEquals(1, summary.overdueSteps().hiddenFromViewer());
        assertEquals(List.of(), summary.followUpsPastDue().items());
        assertEquals(1, summary.followUpsPastDue().total());
    }

    @Test
    public void summarize_shouldReadFurtherPages_whenTheFirstOnlyHoldsHiddenSteps() {
        // Given: 4 hidden steps due first, then 3 visible ones; 2 items per section, up to 3 pages
        for (long id = 1; id <= 4; id++) {
            steps.add(anActionStep().withId(id).onPage(HIDDEN_PAGE).dueOn("2024-01-0" + id).build());
        }
        for (long id = 5; id <= 7; id++) {
            steps.add(anActionStep().withId(id).onPage(VISIBLE_PAGE).dueOn("2024-01-0" + id).build());
        }
        SummaryOptions options = SummaryOptions.defaults().withItemsPerSection(2);

        // When
        SummarySection<ActionStep> overdue = target.summarize(SPACE, Optional.of(LEADER), options).overdueSteps();

        // Then: pages 1 and 2 hold the hidden ones, page 3 the first two visible ones
        assertEquals(List.of(5L, 6L), overdue.items().stream().map(ActionStep::id).toList());
        assertEquals(7, overdue.total());
        assertEquals(4, overdue.hiddenFromViewer());
        assertEquals(1, overdue.notListed());
    }

    @Test
    public void summarize_shouldStopAfterTheLastAllowedPage_evenWithoutVisibleItems() {
        // Given: 10 hidden overdue steps; 2 per page, at most 2 pages
        for (long id = 1; id <= 10; id++) {
            steps.add(anActionStep().withId(id).onPage(HIDDEN_PAGE).dueOn("2024-01-05").build());
        }
        SummaryOptions options = SummaryOptions.defaults().withItemsPerSection(2).withMaxPagesPerSection(2);

        // When
        SummarySection<ActionStep> overdue = target.summarize(SPACE, Optional.of(LEADER), options).overdueSteps();

        // Then
        assertEquals(10, overdue.total());
        assertEquals(4, overdue.hiddenFromViewer());
        assertEquals(6, overdue.notListed());
    }

    @Test
    public void summarize_shouldNeverReadMoreThanItsPages_whenASpaceHasThousandsOfSteps() {
        // Given
        IntStream.rangeClosed(1, 3000).forEach(id -> steps.add(anActionStep().withId(id).onPage(VISIBLE_PAGE)
                .dueOn(id % 2 == 0 ? "2024-01-05" : "2024-01-20").build()));

        // When
        FollowUpSummary summary = summaryFor(LEADER);

        // Then: one page each for overdue and due soon, each at most the section size
        assertEquals(1500, summary.overdueSteps().total());
        assertEquals(1500, summary.dueSoonSteps().total());
        assertEquals(2, steps.pageRequests.size());
        assertTrue(steps.pageRequests.stream().allMatch(request -> request.limit() == 10));
    }

    @Test
    public void summarize_shouldIncludeTodayAndTheLastHorizonDayInDueSoon_butNotTheDayAfter() {
        // Given: today is 2024-01-17; the default horizon ends on 2024-01-24
        steps.add(anActionStep().withId(1).onPage(VISIBLE_PAGE).dueOn("2024-01-16").build(),
                anActionStep().withId(2).onPage(VISIBLE_PAGE).dueOn("2024-01-17").build(),
                anActionStep().withId(3).onPage(VISIBLE_PAGE).dueOn("2024-01-24").build(),
                anActionStep().withId(4).onPage(VISIBLE_PAGE).dueOn("2024-01-25").build());

        // When
        FollowUpSummary summary = summaryFor(LEADER);

        // Then
        assertEquals(date("2024-01-17"), summary.today());
        assertEquals(List.of(2L, 3L), summary.dueSoonSteps().items().stream().map(ActionStep::id).toList());
        assertEquals(List.of(1L), summary.overdueSteps().items().stream().map(ActionStep::id).toList());
    }

    @Test
    public void summarize_shouldWidenDueSoon_whenTheHorizonIsConfigured() {
        // Given
        steps.add(anActionStep().withId(4).onPage(VISIBLE_PAGE).dueOn("2024-01-31").build());

        // When
        FollowUpSummary summary = target.summarize(SPACE, Optional.of(LEADER),
                SummaryOptions.defaults().withDueSoonDays(14));

        // Then
        assertEquals(1, summary.dueSoonSteps().total());
    }

    @Test
    public void summarize_shouldTakeTodayFromTheSpaceZone() {
        // Given: at 03:00 UTC on the 18th it is still the 17th in Denver but already the 18th in Berlin
        Clock earlyUtc = Clock.fixed(Instant.parse("2024-01-18T03:00:00Z"), ZoneOffset.UTC);
        schedules.with("EU", SchoolCalendar.standard(ZoneId.of("Europe/Berlin")));
        steps.add(anActionStep().withId(1).inSpace(SPACE).onPage(VISIBLE_PAGE).dueOn("2024-01-17").build(),
                anActionStep().withId(2).inSpace("EU").onPage(VISIBLE_PAGE).dueOn("2024-01-17").build());
        target = new ShowSpaceFollowUps(steps, conversations, cycleRecords, teachers, visibility, schedules,
                earlyUtc);

        // When
        FollowUpSummary denver = target.summarize(SPACE, Optional.of(LEADER), SummaryOptions.defaults());
        FollowUpSummary berlin = target.summarize("EU", Optional.of(LEADER), SummaryOptions.defaults());

        // Then
        assertEquals(0, denver.overdueSteps().total());
        assertEquals(1, berlin.overdueSteps().total());
    }

    @Test
    public void summarize_shouldListFollowUpsPastTheirDate_butNotOnesHeldOrStillAhead() {
        // Given
        conversations.add(conversation(VISIBLE_PAGE, "teacher-1", "2024-01-02", "2024-01-16"),
                conversation(3L, "teacher-2", "2024-01-03", "2024-01-17"),
                new StoredConversation(4L, SPACE, ConversationType.VIDEO_COACHING_CYCLE, "teacher-3",
                        Optional.empty(), date("2024-01-02"), Optional.of(date("2024-01-09")),
                        Optional.of(date("2024-01-09"))));
        visibility.allow(LEADER, 3L, 4L);

        // When
        SummarySection<StoredConversation> followUps = summaryFor(LEADER).followUpsPastDue();

        // Then
        assertEquals(List.of(VISIBLE_PAGE), followUps.items().stream().map(StoredConversation::pageId).toList());
        assertEquals(1, followUps.total());
    }

    @Test
    public void summarize_shouldFindCoverageGaps_countingExactlyFourWeeksAgoAsCovered() {
        // Given: today 2024-01-17, so 2023-12-20 is exactly four weeks ago
        teachers.add(SPACE, "covered-recently", "covered-at-limit", "one-day-too-long", "never-met",
                "only-a-plan");
        conversations.add(conversation(10L, "covered-recently", "2024-01-15", null),
                conversation(11L, "covered-at-limit", "2023-12-20", null),
                conversation(12L, "one-day-too-long", "2023-12-19", null),
                conversation(13L, "only-a-plan", "2024-01-24", null),
                conversation(14L, "not-on-the-roster", "2023-09-01", null));

        // When
        SummarySection<CoverageGap> gaps = summaryFor(LEADER).coverageGaps();

        // Then: never met first, then the longest wait
        assertEquals(List.of(new CoverageGap("never-met", Optional.empty()),
                new CoverageGap("only-a-plan", Optional.empty()),
                new CoverageGap("one-day-too-long", Optional.of(date("2023-12-19")))), gaps.items());
        assertEquals(3, gaps.total());
    }

    @Test
    public void summarize_shouldWalkTheRosterInBatches_andListTheLongestWaitingTeachers() {
        // Given: 250 teachers, each last met on a different day, 6 weeks and more ago
        for (int index = 0; index < 250; index++) {
            String teacher = String.format("teacher-%03d", index);
            teachers.add(SPACE, teacher);
            conversations.add(conversation(1000L + index, teacher,
                    date("2023-12-01").minusDays(index).toString(), null));
        }

        // When
        SummarySection<CoverageGap> gaps = summaryFor(LEADER).coverageGaps();

        // Then
        assertEquals(250, gaps.total());
        assertEquals(10, gaps.items().size());
        assertEquals("teacher-249", gaps.items().get(0).teacherKey());
        assertEquals("teacher-240", gaps.items().get(9).teacherKey());
        assertEquals(List.of(100, 100, 50), conversations.latestDateBatchSizes);
    }

    @Test
    public void summarize_shouldUseTheConfiguredCoverageWeeks() {
        // Given
        teachers.add(SPACE, "teacher-1");
        conversations.add(conversation(10L, "teacher-1", "2023-12-19", null));

        // When
        FollowUpSummary summary = target.summarize(SPACE, Optional.of(LEADER),
                SummaryOptions.defaults().withCoverageWeeks(6));

        // Then
        assertTrue(summary.coverageGaps().isEmpty());
    }

    @Test
    public void summarize_shouldReportConferencesOutsideTheirWindow_withHowFarAndTheAllowedDates() {
        // Given: observed Monday 2024-01-08, window Wednesday 01-10 to Monday 01-15
        cycleRecords.save(
                cycleRecord(21L, observedOn("2024-01-08").withConferenceOn(date("2024-01-09"))),
                cycleRecord(22L, observedOn("2024-01-08").withConferenceOn(date("2024-01-17"))),
                cycleRecord(23L, observedOn("2024-01-08")),
                cycleRecord(24L, observedOn("2024-01-08").withConferenceOn(date("2024-01-12"))),
                cycleRecord(25L, observedOn("2024-01-15")));
        visibility.allow(LEADER, 21L, 22L, 23L, 24L, 25L);

        // When
        SummarySection<ConferenceTiming> outside = summaryFor(LEADER).conferencesOutsideWindow();

        // Then
        assertEquals(3, outside.total());
        ConferenceTiming early = outside.items().get(0);
        assertEquals(WindowCheck.Timing.EARLY, early.check().orElseThrow().timing());
        assertEquals(1, early.check().orElseThrow().schoolDaysOutside());
        assertEquals(date("2024-01-10"), early.window().earliest());
        assertEquals(date("2024-01-15"), early.window().latest());
        ConferenceTiming late = outside.items().get(1);
        assertEquals(WindowCheck.Timing.LATE, late.check().orElseThrow().timing());
        assertEquals(2, late.check().orElseThrow().schoolDaysOutside());
        assertTrue(outside.items().get(2).isUnscheduled());
    }

    @Test
    public void summarize_shouldListRecordsAwaitingFinalizationAndAcknowledgement_withTheirDeadlines() {
        // Given
        cycleRecords.save(
                cycleRecord(31L, observedOn("2024-01-08").withConferenceOn(date("2024-01-10"))),
                cycleRecord(32L, observedOn("2024-01-08").withConferenceOn(date("2024-01-16"))),
                cycleRecord(33L, observedOn("2024-01-15").withConferenceOn(date("2024-01-18"))),
                cycleRecord(34L, observedOn("2024-01-02").withConferenceOn(date("2024-01-04"))
                        .withFinalizedOn(date("2024-01-05"))),
                cycleRecord(35L, observedOn("2024-01-02").withConferenceOn(date("2024-01-04"))
                        .withFinalizedOn(date("2024-01-05")).withTeacherRespondedOn(date("2024-01-08"))));
        visibility.allow(LEADER, 31L, 32L, 33L, 34L);

        // When
        FollowUpSummary summary = summaryFor(LEADER);

        // Then: the conference of 01-10 needed finalizing by 01-15; that of 01-16 has until 01-19
        List<CycleRecordDeadline> finalization = summary.awaitingFinalization().items();
        assertEquals(List.of(31L, 32L), finalization.stream().map(item -> item.record().pageId()).toList());
        assertEquals(MilestoneKind.RECORD_FINALIZED, finalization.get(0).milestone().kind());
        assertEquals(MilestoneStatus.MISSED, finalization.get(0).status());
        assertEquals(MilestoneStatus.PENDING, finalization.get(1).status());
        assertEquals(date("2024-01-19"), finalization.get(1).milestone().window().latest());
        List<CycleRecordDeadline> acknowledgement = summary.awaitingAcknowledgement().items();
        assertEquals(List.of(34L), acknowledgement.stream().map(item -> item.record().pageId()).toList());
        assertTrue(acknowledgement.get(0).isMissed());
    }

    @Test
    public void summarize_shouldHideCycleRecordDetails_onPagesTheViewerCannotSee() {
        // Given
        cycleRecords.save(cycleRecord(HIDDEN_PAGE, observedOn("2024-01-08").withConferenceOn(date("2024-01-10"))));

        // When
        FollowUpSummary summary = summaryFor(LEADER);

        // Then
        assertEquals(List.of(), summary.awaitingFinalization().items());
        assertEquals(1, summary.awaitingFinalization().total());
        assertEquals(1, summary.awaitingFinalization().hiddenFromViewer());
    }

    @Test
    public void summarize_shouldComputeTheShareOfConversationsLeadingToAction() {
        // Given: one conversation with an owned, dated step; one with an undated step; one whose only
        // step was dropped; one with no step
        conversations.add(conversation(41L, "t1", "2024-01-02", null), conversation(42L, "t2", "2024-01-02", null),
                conversation(43L, "t3", "2024-01-02", null), conversation(44L, "t4", "2024-01-02", null));
        steps.add(anActionStep().withId(1).onPage(41L).dueOn("2024-02-01").build(),
                anActionStep().withId(2).onPage(42L).dueOn(null).build(),
                anActionStep().withId(3).onPage(43L).dueOn("2024-02-01").dropped().build());

        // When
        ActionShare share = summaryFor(LEADER).leadToAction();

        // Then
        assertEquals(new ActionShare(4, 1), share);
        assertEquals(OptionalInt.of(25), share.percent());
    }

    @Test
    public void summarize_shouldReportNoShare_whenTheSpaceHasNoConversations() {
        // When
        FollowUpSummary summary = summaryFor(LEADER);

        // Then
        assertFalse(summary.leadToAction().percent().isPresent());
        assertTrue(summary.overdueSteps().isEmpty());
    }

    @Test
    public void summarize_shouldRefuseAMissingSpaceKey() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> target.summarize(" ", Optional.of(LEADER), SummaryOptions.defaults()));

        // Then
        assertEquals("Follow-up summary: the space key is required.", refusal.getMessage());
    }

    @Test
    public void actionShare_shouldRoundHalfUp() {
        // When / Then
        assertEquals(OptionalInt.of(67), new ActionShare(3, 2).percent());
        assertEquals(OptionalInt.of(13), new ActionShare(8, 1).percent());
        assertEquals(OptionalInt.of(100), new ActionShare(5, 5).percent());
    }
}
