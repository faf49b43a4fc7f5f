package org.coachingconversations.persistence.actionstep;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.SOMEONE;
import static org.coachingconversations.persistence.actionstep.StoredSteps.aNewStep;
import static org.coachingconversations.persistence.actionstep.StoredSteps.store;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepChange;
import org.coachingconversations.domain.actionstep.ActionStepChangeKind;
import org.coachingconversations.domain.actionstep.ActionStepDetails;
import org.coachingconversations.domain.actionstep.ActionStepNotFoundException;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.actionstep.ChangedBy;
import org.coachingconversations.domain.actionstep.StatusTransitionException;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;
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
    public void addToPage_shouldStoreEveryStepAtTheFirstVersion_andFindThemOnThePageInTheOrderGiven() {
        // Given
        ActionStep teacherStep = aNewStep().onPage(7).ownedBy("t-1").withRole(ParticipantRole.TEACHER)
                .withDescription("Try think-pair-share in period 3").dueOn("2024-01-22").build();
        ActionStep observerStep = aNewStep().onPage(7).ownedBy(null).withRole(ParticipantRole.OBSERVER)
                .withDescription("Bring the seating chart").dueOn(null).build();

        // When
        List<Versioned<ActionStep>> stored = target.addToPage(7, List.of(teacherStep, observerStep));

        // Then
        assertEquals(List.of(Versioned.FIRST_VERSION, Versioned.FIRST_VERSION),
                stored.stream().map(Versioned::version).toList());
        assertEquals(stored, target.findOnPage(7));
        assertEquals(teacherStep.withId(stored.get(0).value().id()), target.find(stored.get(0).value().id()).orElseThrow().value());
        assertEquals(Optional.empty(), target.find(stored.get(1).value().id()).orElseThrow().value().ownerKey());
    }

    @Test
    public void addToPage_shouldKeepADescriptionOfTheFullLengthIntact_whenItHasCharactersOutsideTheBasicPlane() {
        // Given: 2000 characters as users count them, 4000 UTF-16 units
        String longest = "\uD83D\uDCDA".repeat(ActionStep.MAX_DESCRIPTION_LENGTH);

        // When
        long id = store(target, aNewStep().withDescription(longest)).value().id();

        // Then
        assertEquals(longest, target.find(id).orElseThrow().value().description());
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
        Versioned<ActionStep> read = store(target, aNewStep().ownedBy("t-1").dueOn("2024-01-20"));
        ActionStepDetails edited = ActionStepDetails.of(read.value())
                .withDescription("Film one lesson and watch it together").withOwnerKey("t-2").withDueOn(null);

        // When
        Versioned<ActionStep> updated = target.update(read.value().id(), read.version(), edited, SOMEONE);

        // Then
        assertEquals(read.version() + 1, updated.version());
        Versioned<ActionStep> reloaded = target.find(read.value().id()).orElseThrow();
        assertEquals(updated, reloaded);
        assertEquals("Film one lesson and watch it together", reloaded.value().description());
        assertEquals(Optional.of("t-2"), reloaded.value().ownerKey());
        assertEquals(Optional.empty(), reloaded.value().dueOn());
    }

    /** Steps stored before versions started at {@value Versioned#FIRST_VERSION} are at 1 or more; no upgrade renumbers them. */
    @Test
    public void update_shouldChangeAStepStoredWhenVersionsStartedAtOne_andRefuseAStaleEditOfIt() throws Exception {
        // Given
        long stepId = StoredSteps.storeId(target, aNewStep().withDescription("Stored by an earlier release"));
        ActionStepEntity row = entityManager.get(ActionStepEntity.class, (int) stepId);
        row.setVersion(1);
        row.save();
        Versioned<ActionStep> read = target.find(stepId).orElseThrow();

        // When
        Versioned<ActionStep> updated = target.update(stepId, read.version(),
                ActionStepDetails.of(read.value()).withDescription("Edited after the upgrade"), SOMEONE);
        ConcurrentUpdateException stale = assertThrows(ConcurrentUpdateException.class, () -> target.update(stepId,
                read.version(), ActionStepDetails.of(read.value()).withDescription("Edited from the old read"), SOMEONE));

        // Then
        assertEquals(1, read.version());
        assertEquals(2, updated.version());
        Versioned<ActionStep> stored = target.find(stepId).orElseThrow();
        assertEquals(2, stored.version());
        assertEquals("Edited after the upgrade", stored.value().description());
        assertEquals("Action step " + stepId + " was changed by someone else: it is at version 2, this change was"
                + " made to version 1. Reload the page and try again.", stale.getMessage());
    }

    @Test
    public void update_shouldRefuseTheSecondOfTwoEditsFromTheSameRead_andKeepTheFirst() {
        // Given
        Versioned<ActionStep> read = store(target, aNewStep().withDescription("Original"));
        target.update(read.value().id(), read.version(), ActionStepDetails.of(read.value()).withDescription("First edit"), SOMEONE);

        // When
        ConcurrentUpdateException refused = assertThrows(ConcurrentUpdateException.class, () -> target.update(
                read.value().id(), read.version(), ActionStepDetails.of(read.value()).withDescription("Second edit"), SOMEONE));

        // Then
        assertEquals(OptionalLong.of(0), refused.expectedVersion());
        assertEquals(OptionalLong.of(1), refused.storedVersion());
        assertEquals("Action step " + read.value().id() + " was changed by someone else: it is at version 1, this"
                + " change was made to version 0. Reload the page and try again.", refused.getMessage());
        Versioned<ActionStep> stored = target.find(read.value().id()).orElseThrow();
        assertEquals("First edit", stored.value().description());
        assertEquals(1, stored.version());
    }

    @Test
    public void update_shouldRefuseAnOwnerKeyLongerThanItsColumn_withoutChangingTheStep() {
        // Given
        Versioned<ActionStep> read = store(target, aNewStep().ownedBy("t-1"));

        // When
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> target.update(
                read.value().id(), read.version(), ActionStepDetails.of(read.value()).withOwnerKey("x".repeat(300)), SOMEONE));

        // Then
        assertEquals("Action step " + read.value().id() + ": the owner key has 300 characters; the limit is 255.",
                refused.getMessage());
        assertEquals(read, target.find(read.value().id()).orElseThrow());
    }

    @Test
    public void changeStatus_shouldRecordTodayAsCompletionDate_whenTheStepIsDone() {
        // Given
        Versioned<ActionStep> read = store(target, aNewStep());

        // When
        Versioned<ActionStep> done = target.changeStatus(read.value().id(), read.version(), ActionStepStatus.DONE, TODAY, SOMEONE);

        // Then
        Versioned<ActionStep> stored = target.find(read.value().id()).orElseThrow();
        assertEquals(done, stored);
        assertEquals(ActionStepStatus.DONE, stored.value().status());
        assertEquals(Optional.of(TODAY), stored.value().completedOn());
        assertEquals(read.version() + 1, stored.version());
    }

    @Test
    public void changeStatus_shouldPassTheDomainRefusalThrough_andLeaveTheStepAsItWas() {
        // Given
        Versioned<ActionStep> done = store(target, aNewStep().doneOn("2024-01-12"));

        // When
        StatusTransitionException refused = assertThrows(StatusTransitionException.class,
                () -> target.changeStatus(done.value().id(), done.version(), ActionStepStatus.DROPPED, TODAY, SOMEONE));

        // Then
        assertEquals("An action step that is done cannot become dropped directly; reopen it first.",
                refused.getMessage());
        assertEquals(done, target.find(done.value().id()).orElseThrow());
    }

    @Test
    public void changeStatus_shouldKeepTheVersionAndFirstCompletionDate_whenTheStepIsDoneAgain() {
        // Given
        Versioned<ActionStep> done = store(target, aNewStep().doneOn("2024-01-12"));

        // When
        Versioned<ActionStep> again = target.changeStatus(done.value().id(), done.version(), ActionStepStatus.DONE, TODAY, SOMEONE);

        // Then
        assertEquals(done, again);
        assertEquals(done, target.find(done.value().id()).orElseThrow());
    }

    @Test
    public void changeStatus_shouldRefuseAStaleVersion() {
        // Given
        Versioned<ActionStep> read = store(target, aNewStep());
        target.changeStatus(read.value().id(), read.version(), ActionStepStatus.DROPPED, TODAY, SOMEONE);

        // When
        assertThrows(ConcurrentUpdateException.class,
                () -> target.changeStatus(read.value().id(), read.version(), ActionStepStatus.DONE, TODAY, SOMEONE));

        // Then
        assertEquals(ActionStepStatus.DROPPED, target.find(read.value().id()).orElseThrow().value().status());
    }

    @Test
    public void delete_shouldRemoveTheStepAndItsOverdueNotices_only() {
        // Given
        Versioned<ActionStep> doomed = store(target, aNewStep().dueOn("2024-01-02"));
        Versioned<ActionStep> kept = store(target, aNewStep().dueOn("2024-01-03"));
        new AoOverdueFlagLedger(activeObjects).record(List.of(doomed.value(), kept.value()),
                Instant.parse("2024-01-05T06:00:00Z"));

        // When
        target.delete(doomed.value().id(), doomed.version());

        // Then
        assertEquals(Optional.empty(), target.find(doomed.value().id()));
        assertEquals(List.of(kept), target.findOnPage(kept.value().pageId()));
        assertEquals(1, activeObjects.count(OverdueFlagEntity.class));
        assertEquals(1, activeObjects.count(OverdueFlagEntity.class, OverdueFlagEntity.COLUMN_STEP_ID + " = ?",
                kept.value().id()));
    }

    @Test
    public void delete_shouldRefuseAStaleVersion_andKeepTheStep() {
        // Given
        Versioned<ActionStep> read = store(target, aNewStep());
        Versioned<ActionStep> edited = target.update(read.value().id(), read.version(),
                ActionStepDetails.of(read.value()).withDescription("Edited meanwhile"), SOMEONE);

        // When
        assertThrows(ConcurrentUpdateException.class, () -> target.delete(read.value().id(), read.version()));

        // Then
        assertEquals(edited, target.find(read.value().id()).orElseThrow());
    }

    @Test
    public void update_shouldSayTheStepIsGone_whenItsPageIsInTheTrash() {
        // Given
        Versioned<ActionStep> read = store(target, aNewStep().onPage(9));
        target.pageTrashed(9);

        // When
        ActionStepNotFoundException refused = assertThrows(ActionStepNotFoundException.class, () -> target.update(
                read.value().id(), read.version(), ActionStepDetails.of(read.value()).withDescription("Too late"), SOMEONE));

        // Then
        assertEquals(read.value().id(), refused.stepId());
        target.pageRestored(9);
        assertEquals(read, target.find(read.value().id()).orElseThrow());
    }

    @Test
    public void update_shouldRememberWhoChangedTheStepWhenAndWhat() {
        // Given
        Versioned<ActionStep> read = store(target, aNewStep().dueOn("2024-01-20"));
        ChangedBy coach = new ChangedBy("coach-ana", Instant.parse("2024-01-16T10:12:30.250Z"));

        // When
        target.update(read.value().id(), read.version(), ActionStepDetails.of(read.value()).withDueOn(
                LocalDate.parse("2024-01-27")), coach);

        // Then
        assertEquals(Optional.of(new ActionStepChange("coach-ana", Instant.parse("2024-01-16T10:12:30Z"),
                ActionStepChangeKind.RESCHEDULED)), target.find(read.value().id()).orElseThrow().value().lastChange());
    }

    @Test
    public void changeStatus_shouldRememberWhoMarkedTheStepDone() {
        // Given
        Versioned<ActionStep> read = store(target, aNewStep());
        ChangedBy teacher = new ChangedBy("teacher-bo", Instant.parse("2024-01-16T08:00:00Z"));

        // When
        target.changeStatus(read.value().id(), read.version(), ActionStepStatus.DONE, TODAY, teacher);

        // Then
        assertEquals(Optional.of(new ActionStepChange("teacher-bo", Instant.parse("2024-01-16T08:00:00Z"),
                ActionStepChangeKind.MARKED_DONE)), target.find(read.value().id()).orElseThrow().value().lastChange());
    }

    @Test
    public void update_shouldKeepTheLastChange_whenNothingChanges() {
        // Given
        Versioned<ActionStep> read = store(target, aNewStep());
        Versioned<ActionStep> edited = target.update(read.value().id(), read.version(),
                ActionStepDetails.of(read.value()).withDescription("Reworded"), SOMEONE);

        // When
        Versioned<ActionStep> again = target.update(read.value().id(), edited.version(),
                ActionStepDetails.of(edited.value()), new ChangedBy("someone-else", Instant.parse("2024-02-01T00:00:00Z")));

        // Then
        assertEquals(edited, again);
        assertEquals(edited, target.find(read.value().id()).orElseThrow());
    }

    @Test
    public void addToPage_shouldStoreTheLastChangeAStepCarries_andNoneForOneWithout() {
        // Given
        ActionStep added = aNewStep().build().withLastChange(SOMEONE.added());

        // When
        List<Versioned<ActionStep>> stored = target.addToPage(added.pageId(), List.of(added,
                aNewStep().withDescription("A starting step").build()));

        // Then
        assertEquals(Optional.of(SOMEONE.added()), target.find(stored.get(0).value().id()).orElseThrow().value()
                .lastChange());
        assertEquals(Optional.empty(), target.find(stored.get(1).value().id()).orElseThrow().value().lastChange());
    }

    @Test
    public void update_shouldRefuseAChangerKeyLongerThanItsColumn_withoutChangingTheStep() {
        // Given
        Versioned<ActionStep> read = store(target, aNewStep());

        // When
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> target.update(
                read.value().id(), read.version(), ActionStepDetails.of(read.value()).withDescription("Changed"),
                new ChangedBy("k".repeat(256), Instant.parse("2024-02-01T00:00:00Z"))));

        // Then
        assertEquals("Action step " + read.value().id() + ": the key of who changed it has 256 characters; the limit"
                + " is 255.", refused.getMessage());
        assertEquals(read, target.find(read.value().id()).orElseThrow());
    }
}
