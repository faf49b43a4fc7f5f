package org.coachingconversations.persistence.actionstep;

import static org.coachingconversations.persistence.actionstep.StoredSteps.aNewStep;
import static org.coachingconversations.persistence.actionstep.StoredSteps.store;
import static org.coachingconversations.persistence.actionstep.StoredSteps.storeId;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.followup.ActionStepQuery;
import org.coachingconversations.domain.followup.ResultPage;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/** The dashboards' and the daily job's queries, on the real database. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ActionStepTables.class)
public class AoActionStepRepositoryTest {

    private static final LocalDate TODAY = LocalDate.parse("2024-01-15");

    private EntityManager entityManager;

    private AoActionStepRepository target;

    @Before
    public void setUp() {
        target = new AoActionStepRepository(new EntityManagerActiveObjects(entityManager));
    }

    private static List<Long> ids(ResultPage<ActionStep> page) {
        return ids(page.items());
    }

    private static List<Long> ids(List<ActionStep> steps) {
        return steps.stream().map(ActionStep::id).toList();
    }

    @Test
    public void find_shouldListOverdueStepsOfTheSpaceByDueDate_excludingDueTodayDoneTrashedAndOtherSpaces() {
        // Given
        long dueLastWeek = storeId(target, aNewStep().dueOn("2024-01-08"));
        long dueYesterday = storeId(target, aNewStep().dueOn("2024-01-14"));
        long alsoDueLastWeek = storeId(target, aNewStep().dueOn("2024-01-08"));
        storeId(target, aNewStep().dueOn("2024-01-15"));
        storeId(target, aNewStep().dueOn(null));
        storeId(target, aNewStep().dueOn("2024-01-10").doneOn("2024-01-12"));
        storeId(target, aNewStep().dueOn("2024-01-10").dropped());
        storeId(target, aNewStep().inSpace("OTHER").dueOn("2024-01-10"));
        storeId(target, aNewStep().onPage(666).dueOn("2024-01-10"));
        target.pageTrashed(666);

        // When
        ResultPage<ActionStep> overdue = target.find(ActionStepQuery.overdueInSpace("SCH", TODAY), ResultPageRequest.first(10));

        // Then
        assertEquals(List.of(dueLastWeek, alsoDueLastWeek, dueYesterday), ids(overdue));
        assertEquals(3, overdue.total());
    }

    @Test
    public void find_shouldIncludeBothEndsOfTheDueSoonHorizon() {
        // Given
        storeId(target, aNewStep().dueOn("2024-01-14"));
        long dueToday = storeId(target, aNewStep().dueOn("2024-01-15"));
        long dueOnLastDayOfHorizon = storeId(target, aNewStep().dueOn("2024-01-22"));
        storeId(target, aNewStep().dueOn("2024-01-23"));
        storeId(target, aNewStep().dueOn(null));

        // When
        ResultPage<ActionStep> dueSoon = target.find(ActionStepQuery.dueSoonInSpace("SCH", TODAY, TODAY.plusDays(7)),
                ResultPageRequest.first(10));

        // Then
        assertEquals(List.of(dueToday, dueOnLastDayOfHorizon), ids(dueSoon));
        assertEquals(2, dueSoon.total());
    }

    @Test
    public void find_shouldListAnOwnersOpenStepsInEverySpace_withStepsWithoutDueDateLast() {
        // Given
        long undatedFirst = storeId(target, aNewStep().ownedBy("t-1").dueOn(null));
        long dueLater = storeId(target, aNewStep().ownedBy("t-1").inSpace("OTHER").dueOn("2024-03-01"));
        long dueSooner = storeId(target, aNewStep().ownedBy("t-1").dueOn("2024-01-20"));
        long undatedSecond = storeId(target, aNewStep().ownedBy("t-1").dueOn(null));
        storeId(target, aNewStep().ownedBy("t-2").dueOn("2024-01-20"));
        storeId(target, aNewStep().ownedBy(null).dueOn("2024-01-20"));
        storeId(target, aNewStep().ownedBy("t-1").doneOn("2024-01-10"));

        // When
        ResultPage<ActionStep> all = target.find(ActionStepQuery.openForOwner("t-1"), ResultPageRequest.first(10));

        // Then
        assertEquals(List.of(dueSooner, dueLater, undatedFirst, undatedSecond), ids(all));
        assertEquals(4, all.total());
    }

    @Test
    public void find_shouldPageAcrossStepsWithAndWithoutDueDate_withoutRepeatingOrSkippingOne() {
        // Given
        long undated1 = storeId(target, aNewStep().dueOn(null));
        long dated2 = storeId(target, aNewStep().dueOn("2024-02-01"));
        long dated1 = storeId(target, aNewStep().dueOn("2024-01-20"));
        long undated2 = storeId(target, aNewStep().dueOn(null));
        long undated3 = storeId(target, aNewStep().dueOn(null));
        ActionStepQuery openInSpace = new ActionStepQuery(Optional.of("SCH"), Optional.empty(),
                EnumSet.of(ActionStepStatus.OPEN), Optional.empty(), Optional.empty());

        // When
        ResultPage<ActionStep> first = target.find(openInSpace, ResultPageRequest.first(2));
        ResultPage<ActionStep> second = target.find(openInSpace, first.request().next());
        ResultPage<ActionStep> third = target.find(openInSpace, second.request().next());

        // Then
        assertEquals(List.of(dated1, dated2), ids(first));
        assertEquals(List.of(undated1, undated2), ids(second));
        assertEquals(List.of(undated3), ids(third));
        assertTrue(second.hasMore());
        assertFalse(third.hasMore());
        assertEquals(5, third.total());
    }

    @Test
    public void find_shouldStraddleTheLastDatedStep_whenAPageStartsBeforeIt() {
        // Given
        storeId(target, aNewStep().dueOn("2024-01-20"));
        long dated = storeId(target, aNewStep().dueOn("2024-01-21"));
        long undated = storeId(target, aNewStep().dueOn(null));
        ActionStepQuery openInSpace = new ActionStepQuery(Optional.of("SCH"), Optional.empty(),
                EnumSet.of(ActionStepStatus.OPEN), Optional.empty(), Optional.empty());

        // When
        ResultPage<ActionStep> page = target.find(openInSpace, new ResultPageRequest(1, 5));

        // Then
        assertEquals(List.of(dated, undated), ids(page));
        assertEquals(3, page.total());
    }

    @Test
    public void find_shouldMatchEveryStatusAsked() {
        // Given
        long done = storeId(target, aNewStep().doneOn("2024-01-10"));
        long dropped = storeId(target, aNewStep().dueOn("2024-01-11").dropped());
        storeId(target, aNewStep());
        ActionStepQuery closed = new ActionStepQuery(Optional.of("SCH"), Optional.empty(),
                EnumSet.of(ActionStepStatus.DONE, ActionStepStatus.DROPPED), Optional.empty(), Optional.empty());

        // When
        ResultPage<ActionStep> found = target.find(closed, ResultPageRequest.first(10));

        // Then: both due 2024-01-15 and 2024-01-11
        assertEquals(List.of(dropped, done), ids(found));
    }

    @Test
    public void find_shouldReturnTheLeapDayAsStored_andMatchItAsARangeBoundary() {
        // Given
        long leapDay = storeId(target, aNewStep().dueOn("2024-02-29").doneOn("2024-02-29"));
        storeId(target, aNewStep().dueOn("2024-02-28").doneOn("2024-02-28"));
        storeId(target, aNewStep().dueOn("2024-03-01").doneOn("2024-03-01"));
        ActionStepQuery onLeapDay = new ActionStepQuery(Optional.of("SCH"), Optional.empty(),
                EnumSet.of(ActionStepStatus.DONE), Optional.of(LocalDate.parse("2024-02-29")),
                Optional.of(LocalDate.parse("2024-02-29")));

        // When
        ResultPage<ActionStep> found = target.find(onLeapDay, ResultPageRequest.first(10));

        // Then
        assertEquals(List.of(leapDay), ids(found));
        ActionStep stored = target.find(leapDay).orElseThrow().value();
        assertEquals(Optional.of(LocalDate.parse("2024-02-29")), stored.dueOn());
        assertEquals(Optional.of(LocalDate.parse("2024-02-29")), stored.completedOn());
    }

    @Test
    public void find_shouldAcceptBoundsBeyondFourDigitYears_asOpenEnds() {
        // Given
        long first = storeId(target, aNewStep().dueOn("0001-01-01"));
        long last = storeId(target, aNewStep().dueOn("9999-12-31"));
        ActionStepQuery everything = new ActionStepQuery(Optional.of("SCH"), Optional.empty(),
                EnumSet.of(ActionStepStatus.OPEN), Optional.of(LocalDate.MIN), Optional.of(LocalDate.MAX));

        // When
        ResultPage<ActionStep> found = target.find(everything, ResultPageRequest.first(10));

        // Then
        assertEquals(List.of(first, last), ids(found));
    }

    @Test
    public void find_shouldReadOnlyOnePageAndOneCount_whenManyStepsMatch() {
        // Given
        for (int i = 0; i < 30; i++) {
            storeId(target, aNewStep().onPage(100 + i / 10).dueOn(LocalDate.parse("2024-01-01").plusDays(i % 10)
                    .toString()));
        }

        // When
        ResultPage<ActionStep> firstFive;
        List<String> statements;
        try (SqlStatements sql = SqlStatements.recordOn(entityManager)) {
            firstFive = target.find(ActionStepQuery.overdueInSpace("SCH", TODAY), ResultPageRequest.first(5));
            firstFive.items().forEach(step -> step.description().length());
            statements = sql.all();
        }

        // Then
        assertEquals(5, firstFive.items().size());
        assertEquals(30, firstFive.total());
        assertEquals("one COUNT and one page of rows: " + statements, 2, statements.size());
    }

    @Test
    public void findOpenDueBeforeAfterId_shouldWalkOpenDatedStepsInIdOrder_fromTheResumePoint() {
        // Given
        long first = storeId(target, aNewStep().dueOn("2024-01-10"));
        storeId(target, aNewStep().dueOn("2024-01-15"));
        long second = storeId(target, aNewStep().inSpace("OTHER").dueOn("2024-01-14"));
        storeId(target, aNewStep().dueOn(null));
        storeId(target, aNewStep().dueOn("2024-01-02").doneOn("2024-01-03"));
        storeId(target, aNewStep().onPage(666).dueOn("2024-01-02"));
        long third = storeId(target, aNewStep().dueOn("2023-12-01"));
        long fourth = storeId(target, aNewStep().dueOn("2024-01-01"));
        target.pageTrashed(666);

        // When
        List<ActionStep> batch1 = target.findOpenDueBeforeAfterId(TODAY, 0, 2);
        List<ActionStep> batch2 = target.findOpenDueBeforeAfterId(TODAY, batch1.get(1).id(), 2);
        List<ActionStep> batch3 = target.findOpenDueBeforeAfterId(TODAY, batch2.get(1).id(), 2);

        // Then
        assertEquals(List.of(first, second), ids(batch1));
        assertEquals(List.of(third, fourth), ids(batch2));
        assertEquals(List.of(), batch3);
    }
}
