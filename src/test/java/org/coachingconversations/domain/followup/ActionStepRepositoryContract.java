package org.coachingconversations.domain.followup;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.anActionStep;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepChange;
import org.coachingconversations.domain.actionstep.ActionStepChangeKind;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.actionstep.ActionStepTestData;
import org.junit.Test;

/**
 * What every {@link ActionStepRepository} does, the in-memory fake as much as the SQL. A subclass sets
 * {@link #target} in its {@code @Before} and stores the given steps the way the app does, each new step getting an
 * id above those stored before it.
 */
public abstract class ActionStepRepositoryContract {

    private static final LocalDate TODAY = LocalDate.parse("2024-01-15");
    private static final String SPACE = "SCH";

    protected ActionStepRepository target;

    /** Stores a new step as the editor does and answers its id. */
    protected abstract long givenStored(ActionStepTestData step);

    /** The page's steps went to the trash with it. */
    protected abstract void givenTrashed(long pageId);

    @Test
    public void find_shouldListOverdueStepsByDueDateThenId_leavingOutDueTodayClosedOtherSpacesAndTrash() {
        // Given
        long dueLastWeek = givenStored(aNewStep().dueOn("2024-01-08"));
        long dueYesterday = givenStored(aNewStep().dueOn("2024-01-14"));
        long alsoDueLastWeek = givenStored(aNewStep().dueOn("2024-01-08"));
        givenStored(aNewStep().dueOn("2024-01-15"));
        givenStored(aNewStep().dueOn(null));
        givenStored(aNewStep().dueOn("2024-01-10").doneOn("2024-01-12"));
        givenStored(aNewStep().dueOn("2024-01-10").dropped());
        givenStored(aNewStep().inSpace("OTHER").dueOn("2024-01-10"));
        givenStored(aNewStep().onPage(666).dueOn("2024-01-10"));
        givenTrashed(666);

        // When
        ResultPage<ActionStep> overdue = target.find(ActionStepQuery.overdueInSpace(SPACE, TODAY), ResultPageRequest.first(10));

        // Then
        assertEquals(List.of(dueLastWeek, alsoDueLastWeek, dueYesterday), ids(overdue.items()));
        assertEquals(3, overdue.total());
    }

    @Test
    public void find_shouldPutStepsWithoutDueDateLastInIdOrder_andPageAcrossThem() {
        // Given
        long undatedFirst = givenStored(aNewStep().dueOn(null));
        long dueLater = givenStored(aNewStep().dueOn("2024-02-01"));
        long undatedSecond = givenStored(aNewStep().dueOn(null));
        long dueEarlier = givenStored(aNewStep().dueOn("2024-01-20"));
        long undatedThird = givenStored(aNewStep().dueOn(null));
        ActionStepQuery everyStatus = new ActionStepQuery(Optional.of(SPACE), Optional.empty(),
                Set.of(ActionStepStatus.values()), Optional.empty(), Optional.empty());

        // When
        List<ResultPage<ActionStep>> pages = new ArrayList<>();
        ResultPageRequest request = ResultPageRequest.first(2);
        for (int i = 0; i < 4; i++) {
            pages.add(target.find(everyStatus, request));
            request = request.next();
        }

        // Then
        assertEquals(List.of(List.of(dueEarlier, dueLater), List.of(undatedFirst, undatedSecond),
                List.of(undatedThird), List.of()), pages.stream().map(page -> ids(page.items())).toList());
        assertEquals(List.of(5L, 5L, 5L, 5L), pages.stream().map(ResultPage::total).toList());
    }

    @Test
    public void find_shouldIncludeBothEndsOfADueDateRange_andNeverAStepWithoutDueDate() {
        // Given
        givenStored(aNewStep().dueOn("2024-01-14"));
        long dueToday = givenStored(aNewStep().dueOn("2024-01-15"));
        long dueOnLastDay = givenStored(aNewStep().dueOn("2024-01-22"));
        givenStored(aNewStep().dueOn("2024-01-23"));
        givenStored(aNewStep().dueOn(null));

        // When
        ResultPage<ActionStep> dueSoon = target.find(ActionStepQuery.dueSoonInSpace(SPACE, TODAY, TODAY.plusDays(7)),
                ResultPageRequest.first(10));

        // Then
        assertEquals(List.of(dueToday, dueOnLastDay), ids(dueSoon.items()));
        assertEquals(2, dueSoon.total());
    }

    @Test
    public void find_shouldListAnOwnersOpenStepsOfEverySpace_whateverSpaceSurroundsTheAskedKey() {
        // Given
        long here = givenStored(aNewStep().ownedBy("teacher-ana").dueOn("2024-01-20"));
        long elsewhere = givenStored(aNewStep().ownedBy("teacher-ana").inSpace("OTHER").dueOn("2024-01-18"));
        givenStored(aNewStep().ownedBy("teacher-ana").dueOn("2024-01-10").doneOn("2024-01-11"));
        givenStored(aNewStep().ownedBy("teacher-ben").dueOn("2024-01-10"));

        // When
        ResultPage<ActionStep> owned = target.find(ActionStepQuery.openForOwner(" teacher-ana "), ResultPageRequest.first(10));

        // Then
        assertEquals(List.of(elsewhere, here), ids(owned.items()));
        assertEquals(2, owned.total());
    }

    @Test
    public void findOpenDueBeforeAfterId_shouldWalkOpenDueStepsOfEverySpaceByIdInBatches() {
        // Given
        long first = givenStored(aNewStep().dueOn("2024-01-10"));
        givenStored(aNewStep().dueOn("2024-01-15"));
        long second = givenStored(aNewStep().inSpace("OTHER").dueOn("2023-12-01"));
        givenStored(aNewStep().dueOn(null));
        givenStored(aNewStep().dueOn("2024-01-10").doneOn("2024-01-12"));
        givenStored(aNewStep().dueOn("2024-01-10").dropped());
        givenStored(aNewStep().onPage(666).dueOn("2024-01-10"));
        long third = givenStored(aNewStep().dueOn("2024-01-14"));
        givenTrashed(666);

        // When
        List<ActionStep> firstBatch = target.findOpenDueBeforeAfterId(TODAY, 0, 2);
        List<ActionStep> secondBatch = target.findOpenDueBeforeAfterId(TODAY, second, 2);
        List<ActionStep> afterLast = target.findOpenDueBeforeAfterId(TODAY, third, 2);

        // Then
        assertEquals(List.of(List.of(first, second), List.of(third), List.of()),
                List.of(ids(firstBatch), ids(secondBatch), ids(afterLast)));
    }

    @Test
    public void findOpenDueBeforeAfterId_shouldRefuseALimitBelowOne() {
        // When
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> target.findOpenDueBeforeAfterId(TODAY, 0, 0));

        // Then
        assertEquals("Open steps due before 2024-01-15: the limit 0 must be at least 1.", refused.getMessage());
    }

    private static ActionStepTestData aNewStep() {
        return anActionStep().withId(ActionStep.UNSAVED_ID);
    }


    @Test
    public void find_shouldReturnWhoChangedEachStepLast_andNothingForAStepNobodyChanged() {
        // Given
        ActionStepChange change = new ActionStepChange("coach-ana", Instant.parse("2024-01-12T09:30:00Z"),
                ActionStepChangeKind.RESCHEDULED);
        long changed = givenStored(aNewStep().dueOn("2024-01-10").lastChanged(change));
        long unchanged = givenStored(aNewStep().dueOn("2024-01-11"));

        // When
        List<ActionStep> overdue = target.find(ActionStepQuery.overdueInSpace(SPACE, TODAY),
                ResultPageRequest.first(10)).items();

        // Then
        assertEquals(List.of(changed, unchanged), ids(overdue));
        assertEquals(Optional.of(change), overdue.get(0).lastChange());
        assertEquals(Optional.empty(), overdue.get(1).lastChange());
    }

    private static List<Long> ids(List<ActionStep> steps) {
        return steps.stream().map(ActionStep::id).toList();
    }
}
