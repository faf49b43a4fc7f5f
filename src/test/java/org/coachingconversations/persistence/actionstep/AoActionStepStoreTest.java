package org.coachingconversations.persistence.actionstep;

import static org.coachingconversations.persistence.actionstep.StoredSteps.aNewStep;
import static org.coachingconversations.persistence.actionstep.StoredSteps.store;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDetails;
import org.coachingconversations.domain.actionstep.ActionStepNotFoundException;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.actionstep.StaleActionStepException;
import org.coachingconversations.domain.actionstep.StatusTransitionException;
import org.coachingconversations.domain.actionstep.VersionedActionStep;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/** Adding, editing, status changes and deleting through the write port, and the input it refuses. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ActionStepTables.class)
public class AoActionStepStoreTest {

    private static final LocalDate TODAY = LocalDate.parse("2024-01-15");

    private EntityManager entityManager;

    private EntityManagerActiveObjects activeObjects;

    private AoActionStepRepository target;

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        target = new AoActionStepRepository(activeObjects);
    }

    private int storedRows() {
        return activeObjects.count(ActionStepEntity.class);
    }

    @Test
    public void addToPage_shouldStoreEveryStepAtVersionOne_andFindThemOnThePageInTheOrderGiven() {
        // Given
        ActionStep teacherStep = aNewStep().onPage(7).ownedBy("t-1").withRole(ParticipantRole.TEACHER)
                .withDescription("Try think-pair-share in period 3").dueOn("2024-01-22").build();
        ActionStep observerStep = aNewStep().onPage(7).ownedBy(null).withRole(ParticipantRole.OBSERVER)
                .withDescription("Bring the seating chart").dueOn(null).build();

        // When
        List<VersionedActionStep> stored = target.addToPage(7, List.of(teacherStep, observerStep));

        // Then
        assertEquals(List.of(1, 1), stored.stream().map(VersionedActionStep::version).toList());
        assertEquals(stored, target.findOnPage(7));
        assertEquals(teacherStep.withId(stored.get(0).id()), target.find(stored.get(0).id()).orElseThrow().step());
        assertEquals(Optional.empty(), target.find(stored.get(1).id()).orElseThrow().step().ownerKey());
    }

    @Test
    public void addToPage_shouldKeepADescriptionOfTheFullLengthIntact_whenItHasCharactersOutsideTheBasicPlane() {
        // Given: 2000 characters as users count them, 4000 UTF-16 units
        String longest = "\uD83D\uDCDA".repeat(ActionStep.MAX_DESCRIPTION_LENGTH);

        // When
        long id = store(target, aNewStep().withDescription(longest)).id();

        // Then
        assertEquals(longest, target.find(id).orElseThrow().step().description());
    }

    @Test
    public void addToPage_shouldRefuseAnOwnerKeyLongerThanItsColumn_beforeStoringAnyStep() {
        // Given
        ActionStep fine = aNewStep().build();
        ActionStep tooLong = aNewStep().ownedBy("u".repeat(256)).build();

        // When
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> target.addToPage(fine.pageId(), List.of(fine, tooLong)));

        // Then
        assertEquals("Action step 2 of 2: the owner key has 256 characters; the limit is 255.", refused.getMessage());
        assertEquals(0, storedRows());
    }

    @Test
    public void addToPage_shouldRefuseAPageIdThatIsNotAPage() {
        // Given
        ActionStep step = aNewStep().onPage(0).build();

        // When
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> target.addToPage(0, List.of(step)));

        // Then
        assertEquals("Action steps: the page id 0 is not a page (page ids are positive).", refused.getMessage());
        assertEquals(0, storedRows());
    }

    @Test
    public void addToPage_shouldRefuseAStepOfAnotherPage_orOneAlreadyStored() {
        // Given
        ActionStep otherPage = aNewStep().onPage(8).build();
        ActionStep alreadyStored = aNewStep().withId(41).onPage(7).build();

        // When
        IllegalArgumentException wrongPage = assertThrows(IllegalArgumentException.class,
                () -> target.addToPage(7, List.of(otherPage)));
        IllegalArgumentException stored = assertThrows(IllegalArgumentException.class,
                () -> target.addToPage(7, List.of(alreadyStored)));

        // Then
        assertEquals("Action step 1 of 1: the page id is 8, not 7.", wrongPage.getMessage());
        assertEquals("Action step 1 of 1: it is already stored (id 41).", stored.getMessage());
    }

    @Test
    public void addToPage_shouldRefuseADueDateBeyondFourDigitYears() {
        // Given
        ActionStep farFuture = aNewStep().dueOn("+10000-01-01").build();

        // When
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> target.addToPage(farFuture.pageId(), List.of(farFuture)));

        // Then
        assertEquals("Action step 1 of 1: the due date +10000-01-01 is outside the years 1 to 9999.",
                refused.getMessage());
    }

    @Test
    public void addToPage_shouldRefuseMoreStepsThanAPageMayHold_countingTheStoredOnes() {
        // Given
        List<ActionStep> nearlyFull = new ArrayList<>();
        for (int i = 0; i < ActionStepStore.MAX_STEPS_PER_PAGE - 1; i++) {
            nearlyFull.add(aNewStep().onPage(7).build());
        }
        target.addToPage(7, nearlyFull);
        List<ActionStep> two = List.of(aNewStep().onPage(7).build(), aNewStep().onPage(7).build());

        // When
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> target.addToPage(7, two));

        // Then
        assertEquals("Action steps: page 7 would hold 201 steps; the limit is 200 per page.", refused.getMessage());
        assertEquals(ActionStepStore.MAX_STEPS_PER_PAGE - 1, storedRows());
    }

    @Test
    public void update_shouldStoreTheNewDetailsAndRaiseTheVersion() {
        // Given
        VersionedActionStep read = store(target, aNewStep().ownedBy("t-1").dueOn("2024-01-20"));
        ActionStepDetails edited = ActionStepDetails.of(read.step())
                .withDescription("Film one lesson and watch it together").withOwnerKey("t-2").withDueOn(null);

        // When
        VersionedActionStep updated = target.update(read.id(), read.version(), edited);

        // Then
        assertEquals(2, updated.version());
        VersionedActionStep reloaded = target.find(read.id()).orElseThrow();
        assertEquals(updated, reloaded);
        assertEquals("Film one lesson and watch it together", reloaded.step().description());
        assertEquals(Optional.of("t-2"), reloaded.step().ownerKey());
        assertEquals(Optional.empty(), reloaded.step().dueOn());
    }

    @Test
    public void update_shouldRefuseTheSecondOfTwoEditsFromTheSameRead_andKeepTheFirst() {
        // Given
        VersionedActionStep read = store(target, aNewStep().withDescription("Original"));
        target.update(read.id(), read.version(), ActionStepDetails.of(read.step()).withDescription("First edit"));

        // When
        StaleActionStepException refused = assertThrows(StaleActionStepException.class, () -> target.update(
                read.id(), read.version(), ActionStepDetails.of(read.step()).withDescription("Second edit")));

        // Then
        assertEquals(1, refused.expectedVersion());
        assertEquals(OptionalInt.of(2), refused.storedVersion());
        assertTrue(refused.getMessage(), refused.getMessage().contains("reload it and try again"));
        VersionedActionStep stored = target.find(read.id()).orElseThrow();
        assertEquals("First edit", stored.step().description());
        assertEquals(2, stored.version());
    }

    @Test
    public void update_shouldRefuseAnOwnerKeyLongerThanItsColumn_withoutChangingTheStep() {
        // Given
        VersionedActionStep read = store(target, aNewStep().ownedBy("t-1"));

        // When
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> target.update(
                read.id(), read.version(), ActionStepDetails.of(read.step()).withOwnerKey("x".repeat(300))));

        // Then
        assertEquals("Action step " + read.id() + ": the owner key has 300 characters; the limit is 255.",
                refused.getMessage());
        assertEquals(read, target.find(read.id()).orElseThrow());
    }

    @Test
    public void changeStatus_shouldRecordTodayAsCompletionDate_whenTheStepIsDone() {
        // Given
        VersionedActionStep read = store(target, aNewStep());

        // When
        VersionedActionStep done = target.changeStatus(read.id(), read.version(), ActionStepStatus.DONE, TODAY);

        // Then
        VersionedActionStep stored = target.find(read.id()).orElseThrow();
        assertEquals(done, stored);
        assertEquals(ActionStepStatus.DONE, stored.step().status());
        assertEquals(Optional.of(TODAY), stored.step().completedOn());
        assertEquals(2, stored.version());
    }

    @Test
    public void changeStatus_shouldPassTheDomainRefusalThrough_andLeaveTheStepAsItWas() {
        // Given
        VersionedActionStep done = store(target, aNewStep().doneOn("2024-01-12"));

        // When
        StatusTransitionException refused = assertThrows(StatusTransitionException.class,
                () -> target.changeStatus(done.id(), done.version(), ActionStepStatus.DROPPED, TODAY));

        // Then
        assertEquals("An action step that is done cannot become dropped directly; reopen it first.",
                refused.getMessage());
        assertEquals(done, target.find(done.id()).orElseThrow());
    }

    @Test
    public void changeStatus_shouldKeepTheVersionAndFirstCompletionDate_whenTheStepIsDoneAgain() {
        // Given
        VersionedActionStep done = store(target, aNewStep().doneOn("2024-01-12"));

        // When
        VersionedActionStep again = target.changeStatus(done.id(), done.version(), ActionStepStatus.DONE, TODAY);

        // Then
        assertEquals(done, again);
        assertEquals(done, target.find(done.id()).orElseThrow());
    }

    @Test
    public void changeStatus_shouldRefuseAStaleVersion() {
        // Given
        VersionedActionStep read = store(target, aNewStep());
        target.changeStatus(read.id(), read.version(), ActionStepStatus.DROPPED, TODAY);

        // When
        assertThrows(StaleActionStepException.class,
                () -> target.changeStatus(read.id(), read.version(), ActionStepStatus.DONE, TODAY));

        // Then
        assertEquals(ActionStepStatus.DROPPED, target.find(read.id()).orElseThrow().step().status());
    }

    @Test
    public void delete_shouldRemoveTheStepAndItsOverdueNotices_only() {
        // Given
        VersionedActionStep doomed = store(target, aNewStep().dueOn("2024-01-02"));
        VersionedActionStep kept = store(target, aNewStep().dueOn("2024-01-03"));
        new AoOverdueFlagLedger(activeObjects).record(List.of(doomed.step(), kept.step()),
                Instant.parse("2024-01-05T06:00:00Z"));

        // When
        target.delete(doomed.id(), doomed.version());

        // Then
        assertEquals(Optional.empty(), target.find(doomed.id()));
        assertEquals(List.of(kept), target.findOnPage(kept.step().pageId()));
        assertEquals(1, activeObjects.count(OverdueFlagEntity.class));
        assertEquals(1, activeObjects.count(OverdueFlagEntity.class, OverdueFlagEntity.COLUMN_STEP_ID + " = ?",
                kept.id()));
    }

    @Test
    public void delete_shouldRefuseAStaleVersion_andKeepTheStep() {
        // Given
        VersionedActionStep read = store(target, aNewStep());
        VersionedActionStep edited = target.update(read.id(), read.version(),
                ActionStepDetails.of(read.step()).withDescription("Edited meanwhile"));

        // When
        assertThrows(StaleActionStepException.class, () -> target.delete(read.id(), read.version()));

        // Then
        assertEquals(edited, target.find(read.id()).orElseThrow());
    }

    @Test
    public void update_shouldSayTheStepIsGone_whenItsPageIsInTheTrash() {
        // Given
        VersionedActionStep read = store(target, aNewStep().onPage(9));
        target.pageTrashed(9);

        // When
        ActionStepNotFoundException refused = assertThrows(ActionStepNotFoundException.class, () -> target.update(
                read.id(), read.version(), ActionStepDetails.of(read.step()).withDescription("Too late")));

        // Then
        assertEquals(read.id(), refused.stepId());
        target.pageRestored(9);
        assertEquals(read, target.find(read.id()).orElseThrow());
    }
}
