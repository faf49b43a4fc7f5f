package org.coachingconversations.application.dashboard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepTestData;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.dashboard.DashboardFilter;
import org.coachingconversations.domain.dashboard.DashboardRow;
import org.coachingconversations.domain.dashboard.DashboardSection;
import org.coachingconversations.domain.dashboard.FollowUpDashboard;
import org.coachingconversations.domain.dashboard.SectionRows;
import org.coachingconversations.domain.dashboard.WeekTally;
import org.coachingconversations.domain.guide.ConversationQuality;
import org.coachingconversations.domain.quality.QualitySelfCheck;
import org.coachingconversations.domain.quality.SavedSelfCheck;
import org.coachingconversations.domain.followup.FixedSpaceSettings;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.persistence.actionstep.AoActionStepRepository;
import org.coachingconversations.persistence.actionstep.AoOverdueFlagHistory;
import org.coachingconversations.persistence.actionstep.AoOverdueFlagLedger;
import org.coachingconversations.persistence.actionstep.AoStepDashboardQueries;
import org.coachingconversations.persistence.conversation.AoConversationDashboardQueries;
import org.coachingconversations.persistence.conversation.AoConversationRepository;
import org.coachingconversations.persistence.conversation.AoCycleRecordRepository;
import org.coachingconversations.persistence.dashboard.AoRestrictedPages;
import org.coachingconversations.persistence.quality.AoSelfCheckDashboardQueries;
import org.coachingconversations.persistence.quality.AoSelfCheckStore;
import org.coachingconversations.persistence.dashboard.DashboardTables;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The dashboard's permission rule on a real database: a row appears, and is counted, only if the viewer may view its
 * page now, with restrictions added or removed after the pages were created.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(DashboardTables.class)
public class ShowFollowUpDashboardTest {

    private static final String SPACE = "LINCOLN";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-16T12:00:00Z"), ZoneOffset.UTC);
    private static final Optional<String> ANA = Optional.of("ana");
    private static final Optional<String> DAVID = Optional.of("david");
    private static final Optional<String> JAMES = Optional.of("james");
    private static final long OPEN_PAGE = 11;
    private static final long DAVIDS_PAGE = 12;
    private static final long RECORD_PAGE = 21;

    private EntityManager entityManager;
    private EntityManagerActiveObjects activeObjects;
    private AoActionStepRepository steps;
    private AoRestrictedPages restrictedPages;
    private HostPermissions host;
    private TrackRestrictedPages track;

    private ShowFollowUpDashboard target;

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        FixedSpaceSettings settings = new FixedSpaceSettings(SchoolCalendar.standard(ZoneId.of("UTC")));
        steps = new AoActionStepRepository(activeObjects);
        restrictedPages = new AoRestrictedPages(activeObjects);
        host = new HostPermissions().spaceViewers("ana", "david", "james");
        track = new TrackRestrictedPages(restrictedPages);
        target = new ShowFollowUpDashboard(new AoStepDashboardQueries(activeObjects),
                new AoConversationDashboardQueries(activeObjects), new AoSelfCheckDashboardQueries(activeObjects),
                restrictedPages, host, host, settings,
                new AoOverdueFlagHistory(activeObjects), CLOCK);

        AoConversationRepository conversations = new AoConversationRepository(activeObjects);
        conversations.register(new StoredConversation(OPEN_PAGE, SPACE, ConversationType.COACHING_CONVERSATION, "ana",
                Optional.of("maria"), LocalDate.of(2026, 1, 5), Optional.of(LocalDate.of(2026, 2, 2)),
                Optional.empty()));
        conversations.register(new StoredConversation(DAVIDS_PAGE, SPACE, ConversationType.COACHING_CONVERSATION,
                "david", Optional.of("maria"), LocalDate.of(2026, 3, 9), Optional.empty(), Optional.empty()));
        conversations.register(new StoredConversation(RECORD_PAGE, SPACE, ConversationType.CYCLE_RECORD, "ana",
                Optional.of("james"), LocalDate.of(2026, 3, 2), Optional.empty(), Optional.empty()));
        new AoCycleRecordRepository(activeObjects, settings, CLOCK).register(new StoredCycleRecord(RECORD_PAGE, SPACE,
                "ana", "james", CycleRecordDates.observed(LocalDate.of(2026, 3, 2), ObservationType.FULL)
                .withConferenceOn(LocalDate.of(2026, 3, 4))));
        steps.addToPage(OPEN_PAGE, List.of(step(OPEN_PAGE, "Open overdue step", "2026-03-10")));
        steps.addToPage(DAVIDS_PAGE, List.of(step(DAVIDS_PAGE, "Step due soon", "2026-03-18")));
        steps.addToPage(RECORD_PAGE, List.of(step(RECORD_PAGE, "Secret record step", "2026-03-11")));
    }

    private static ActionStep step(long pageId, String text, String dueOn) {
        return ActionStepTestData.anActionStep().withId(ActionStep.UNSAVED_ID).onPage(pageId).inSpace(SPACE)
                .ownedBy("ana").withDescription(text).dueOn(dueOn).build();
    }

    private FollowUpDashboard overview(Optional<String> viewer) {
        return target.overview(viewer, SPACE, DashboardFilter.none(), 10);
    }

    private static SectionRows section(FollowUpDashboard dashboard, DashboardSection id) {
        return dashboard.sections().stream().filter(section -> section.section() == id).findFirst().orElseThrow();
    }

    private static List<String> texts(SectionRows rows) {
        return rows.rows().stream().map(row -> row.text().orElse("")).toList();
    }

    @Test
    public void overview_shouldListAndCountOnlyRowsOnPagesTheViewerMayView_whenACycleRecordIsRestricted() {
        // Given
        host.restrict(RECORD_PAGE, "ana", "james");
        track.restrictionsChanged(RECORD_PAGE, SPACE);

        // When
        FollowUpDashboard forDavid = overview(DAVID);
        FollowUpDashboard forJames = overview(JAMES);

        // Then
        assertEquals(List.of("Open overdue step"), texts(section(forDavid, DashboardSection.OVERDUE)));
        assertEquals(1, section(forDavid, DashboardSection.OVERDUE).total());
        assertEquals(0, section(forDavid, DashboardSection.AWAITING_FINALIZATION).total());
        assertEquals(List.of("Open overdue step", "Secret record step"),
                texts(section(forJames, DashboardSection.OVERDUE)));
        assertEquals(2, section(forJames, DashboardSection.OVERDUE).total());
        assertEquals(1, section(forJames, DashboardSection.AWAITING_FINALIZATION).total());
        assertEquals(2, forDavid.leadToAction().conversations());
        assertEquals(3, forJames.leadToAction().conversations());
    }

    @Test
    public void overview_shouldHideTheRowAtOnce_whenARestrictionIsAddedAfterTheLoad() {
        // Given
        assertEquals(2, section(overview(DAVID), DashboardSection.OVERDUE).total());

        // When
        host.restrict(RECORD_PAGE, "ana", "james");
        track.restrictionsChanged(RECORD_PAGE, SPACE);

        // Then
        SectionRows overdue = section(overview(DAVID), DashboardSection.OVERDUE);
        assertEquals(List.of("Open overdue step"), texts(overdue));
        assertEquals(1, overdue.total());
    }

    @Test
    public void overview_shouldShowTheRowAgainAtOnce_whenTheRestrictionIsRemoved() {
        // Given
        host.restrict(RECORD_PAGE, "ana", "james");
        track.restrictionsChanged(RECORD_PAGE, SPACE);
        assertEquals(1, section(overview(DAVID), DashboardSection.OVERDUE).total());

        // When
        host.open(RECORD_PAGE);
        track.restrictionsChanged(RECORD_PAGE, SPACE);

        // Then
        SectionRows overdue = section(overview(DAVID), DashboardSection.OVERDUE);
        assertEquals(List.of("Open overdue step", "Secret record step"), texts(overdue));
        assertEquals(2, overdue.total());
    }

    @Test
    public void overview_shouldNeverListARowTheHostHides_whenNoEventAnnouncedTheRestriction() {
        // Given: the host hides the page, but the app never heard of the restriction
        host.restrict(RECORD_PAGE, "ana", "james");

        // When
        FollowUpDashboard forDavid = overview(DAVID);

        // Then
        SectionRows overdue = section(forDavid, DashboardSection.OVERDUE);
        assertEquals(List.of("Open overdue step"), texts(overdue));
        assertEquals(1, overdue.total());
        assertEquals(0, section(forDavid, DashboardSection.AWAITING_FINALIZATION).total());
        assertEquals(Set.of(RECORD_PAGE), restrictedPages.inSpace(SPACE));
    }

    @Test
    public void overview_shouldAskTheHostOncePerListAndOnceForTheRestrictedPages_notOncePerRow() {
        // Given
        List<ActionStep> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(step(i < 20 ? OPEN_PAGE : DAVIDS_PAGE, "Step " + i, "2026-03-0" + (1 + i % 9)));
        }
        steps.addToPage(OPEN_PAGE, many.subList(0, 20));
        steps.addToPage(DAVIDS_PAGE, many.subList(20, 40));
        host.restrict(RECORD_PAGE, "ana", "james");
        track.restrictionsChanged(RECORD_PAGE, SPACE);

        // When
        FollowUpDashboard forDavid = overview(DAVID);

        // Then
        assertEquals(41, section(forDavid, DashboardSection.OVERDUE).total());
        assertTrue("host calls: " + host.pageCalls, host.pageCalls <= DashboardSection.values().length + 1);
    }

    @Test
    public void overview_shouldRefuseTheSpace_whenTheViewerMayNotViewIt() {
        // When / Then
        assertThrows(DashboardSpaceNotFoundException.class, () -> overview(Optional.of("stranger")));
        assertThrows(DashboardSpaceNotFoundException.class, () -> overview(Optional.empty()));
        assertFalse(target.isShown(Optional.of("stranger"), SPACE));
    }

    @Test
    public void overview_shouldComputeCoverageGapsFromPagesTheViewerMayView() {
        // Given
        host.restrict(RECORD_PAGE, "ana", "james");
        track.restrictionsChanged(RECORD_PAGE, SPACE);

        // When
        SectionRows forDavid = section(overview(DAVID), DashboardSection.COVERAGE_GAPS);
        SectionRows forJames = section(overview(JAMES), DashboardSection.COVERAGE_GAPS);

        // Then: David sees only Ana's January conversation; James also sees her March Cycle Record
        assertEquals(List.of(Optional.of("ana")), forDavid.rows().stream().map(DashboardRow::teacherKey).toList());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 5)), forDavid.rows().get(0).date());
        assertEquals(0, forJames.total());
    }

    @Test
    public void overview_shouldShareEachQualityOverTheSelfChecksTheViewerMayView() {
        // Given a self-check on the open page and one on the restricted Cycle Record
        AoSelfCheckStore selfChecks = new AoSelfCheckStore(activeObjects);
        selfChecks.saveFirst(new SavedSelfCheck(SPACE, QualitySelfCheck.forConversation(OPEN_PAGE)
                .present(ConversationQuality.SUBSTANTIVE, ConversationQuality.LEAD_TO_ACTION).build(), "maria",
                Instant.parse("2026-03-10T10:00:00Z")));
        selfChecks.saveFirst(new SavedSelfCheck(SPACE, QualitySelfCheck.forConversation(RECORD_PAGE)
                .present(ConversationQuality.NON_DEFENSIVE).build(), "james", Instant.parse("2026-03-10T11:00:00Z")));
        host.restrict(RECORD_PAGE, "ana", "james");
        track.restrictionsChanged(RECORD_PAGE, SPACE);

        // When
        var forDavid = overview(DAVID).selfCheckShares();
        var forJames = overview(JAMES).selfCheckShares();

        // Then
        assertEquals(1, forDavid.conversationCount());
        assertEquals(0, forDavid.tally(ConversationQuality.NON_DEFENSIVE).presentCount());
        assertEquals(1, forDavid.leadToAction().presentCount());
        assertEquals(2, forJames.conversationCount());
        assertEquals(1, forJames.tally(ConversationQuality.NON_DEFENSIVE).presentCount());
    }

    @Test
    public void overview_shouldShowWhenTheJobFlaggedAStep() {
        // Given
        ActionStep flagged = steps.findOnPage(OPEN_PAGE).get(0).value();
        new AoOverdueFlagLedger(activeObjects).record(List.of(flagged), Instant.parse("2026-03-11T05:00:00Z"));

        // When
        SectionRows overdue = section(overview(DAVID), DashboardSection.OVERDUE);

        // Then
        assertEquals(Optional.of(Instant.parse("2026-03-11T05:00:00Z")), overdue.rows().get(0).flaggedAt());
        assertEquals(Optional.empty(), overdue.rows().get(1).flaggedAt());
    }

    @Test
    public void section_shouldPageAndSortNewestFirst() {
        // When
        SectionRows firstPage = target.section(JAMES, SPACE, DashboardSection.OVERDUE, DashboardFilter.none(), true,
                ResultPageRequest.first(1));
        SectionRows secondPage = target.section(JAMES, SPACE, DashboardSection.OVERDUE, DashboardFilter.none(), true,
                new ResultPageRequest(1, 1));

        // Then
        assertEquals(List.of("Secret record step"), texts(firstPage));
        assertTrue(firstPage.hasMore());
        assertEquals(List.of("Open overdue step"), texts(secondPage));
        assertFalse(secondPage.hasMore());
    }

    @Test
    public void overview_shouldNarrowEveryList_whenFilteredByTeacherAndDates() {
        // Given
        DashboardFilter davidsPages = new DashboardFilter(Optional.of("david"), Optional.empty(), Set.of(),
                Optional.empty(), Optional.empty());
        DashboardFilter fromMarch11 = new DashboardFilter(Optional.empty(), Optional.empty(), Set.of(),
                Optional.of(LocalDate.of(2026, 3, 11)), Optional.empty());

        // When
        FollowUpDashboard forDavidsPages = target.overview(JAMES, SPACE, davidsPages, 10);
        FollowUpDashboard sinceMarch11 = target.overview(JAMES, SPACE, fromMarch11, 10);

        // Then
        assertEquals(0, section(forDavidsPages, DashboardSection.OVERDUE).total());
        assertEquals(List.of("Step due soon"), texts(section(forDavidsPages, DashboardSection.DUE_SOON)));
        assertEquals(List.of("Secret record step"), texts(section(sinceMarch11, DashboardSection.OVERDUE)));
    }

    @Test
    public void chart_shouldCountStepsStillOverdueByWeekDueAndStepsDoneByWeekDone() {
        // Given
        steps.addToPage(OPEN_PAGE, List.of(ActionStepTestData.anActionStep().withId(ActionStep.UNSAVED_ID)
                .onPage(OPEN_PAGE).inSpace(SPACE).dueOn("2026-03-05").doneOn("2026-03-09").build()));

        // When
        List<WeekTally> weeks = target.chart(JAMES, SPACE, DashboardFilter.none());

        // Then: the week of March 9 has both open overdue steps and one step done; the step done late is done
        var weekOf9 = weeks.stream().filter(week -> week.weekOf().equals(LocalDate.of(2026, 3, 9)))
                .findFirst().orElseThrow();
        var weekOf2 = weeks.stream().filter(week -> week.weekOf().equals(LocalDate.of(2026, 3, 2)))
                .findFirst().orElseThrow();
        assertEquals(2, weekOf9.slipped());
        assertEquals(1, weekOf9.done());
        assertEquals(0, weekOf2.slipped());
        assertEquals(0, weekOf2.done());
        assertEquals(TODAY.minusDays(TODAY.getDayOfWeek().getValue() - 1),
                weeks.get(weeks.size() - 1).weekOf());
    }
}
