package org.coachingconversations.domain.actionstep;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.anActionStep;
import static org.coachingconversations.testing.contract.VersionConflicts.assertStaleVersion;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.versioning.Versioned;
import org.junit.Test;

/**
 * What every {@link ActionStepStore} does, the in-memory fake as much as the AO store: versions, the last change and
 * who made it, refusals that change nothing, and steps of a trashed page that are neither found nor changed. A
 * subclass sets {@link #target} in its {@code @Before}.
 */
public abstract class ActionStepStoreContract {

    private static final LocalDate TODAY = LocalDate.parse("2024-01-15");
    private static final ChangedBy ANA = new ChangedBy("coach-ana", Instant.parse("2024-01-15T10:12:00Z"));
    private static final ChangedBy TERESA = new ChangedBy("teacher-teresa", Instant.parse("2024-01-15T11:00:00Z"));

    protected ActionStepStore target;

    /** The page's steps went to the trash with it. */
    protected abstract void givenTrashed(long pageId);

    private Versioned<ActionStep> stored(ActionStepTestData step) {
        ActionStep built = step.withId(ActionStep.UNSAVED_ID).build();
        return target.addToPage(built.pageId(), List.of(built)).get(0);
    }

    @Test
    public void addToPage_shouldStoreEachStepAtTheFirstVersion_withTheLastChangeItCarries() {
        // Given
        ActionStep added = anActionStep().withId(ActionStep.UNSAVED_ID).onPage(7).build().withLastChange(ANA.added());
        ActionStep starting = anActionStep().withId(ActionStep.UNSAVED_ID).onPage(7).withDescription("Starting")
                .build();

        // When
        List<Versioned<ActionStep>> stored = target.addToPage(7, List.of(added, starting));

        // Then
        assertEquals(stored, target.findOnPage(7));
        assertEquals(List.of(Versioned.FIRST_VERSION, Versioned.FIRST_VERSION),
                stored.stream().map(Versioned::version).toList());
        assertEquals(Optional.of(ANA.added()), target.find(stored.get(0).value().id()).orElseThrow().value()
                .lastChange());
        assertEquals(Optional.empty(), target.find(stored.get(1).value().id()).orElseThrow().value().lastChange());
    }

    @Test
    public void update_shouldRaiseTheVersion_andRecordWhoChangedWhatWhen() {
        // Given
        Versioned<ActionStep> read = stored(anActionStep().dueOn("2024-01-20"));

        // When
        Versioned<ActionStep> updated = target.update(read.value().id(), read.version(),
                ActionStepDetails.of(read.value()).withDueOn(LocalDate.parse("2024-01-27")), ANA);

        // Then
        assertEquals(read.version() + 1, updated.version());
        assertEquals(updated, target.find(read.value().id()).orElseThrow());
        assertEquals(Optional.of(LocalDate.parse("2024-01-27")), updated.value().dueOn());
        assertEquals(Optional.of(new ActionStepChange("coach-ana", Instant.parse("2024-01-15T10:12:00Z"),
                ActionStepChangeKind.RESCHEDULED)), updated.value().lastChange());
    }

    @Test
    public void update_shouldKeepTheVersionAndTheLastChange_whenTheDetailsAreTheSame() {
        // Given
        Versioned<ActionStep> read = stored(anActionStep());
        Versioned<ActionStep> reworded = target.update(read.value().id(), read.version(),
                ActionStepDetails.of(read.value()).withDescription("Reworded"), ANA);

        // When
        Versioned<ActionStep> again = target.update(read.value().id(), reworded.version(),
                ActionStepDetails.of(reworded.value()), TERESA);

        // Then
        assertEquals(reworded, again);
        assertEquals(reworded, target.find(read.value().id()).orElseThrow());
    }

    @Test
    public void changeStatus_shouldRecordTheCompletionDateAndWhoMarkedItDone() {
        // Given
        Versioned<ActionStep> read = stored(anActionStep());

        // When
        Versioned<ActionStep> done = target.changeStatus(read.value().id(), read.version(), ActionStepStatus.DONE,
                TODAY, TERESA);

        // Then
        assertEquals(done, target.find(read.value().id()).orElseThrow());
        assertEquals(read.version() + 1, done.version());
        assertEquals(Optional.of(TODAY), done.value().completedOn());
        assertEquals(Optional.of(TERESA.change(read.value(), done.value())), done.value().lastChange());
        assertEquals(ActionStepChangeKind.MARKED_DONE, done.value().lastChange().orElseThrow().kind());
    }

    @Test
    public void changeStatus_shouldRefuseAMoveTheRulesForbid_andChangeNothing() {
        // Given
        Versioned<ActionStep> read = stored(anActionStep());
        Versioned<ActionStep> done = target.changeStatus(read.value().id(), read.version(), ActionStepStatus.DONE,
                TODAY, ANA);

        // When
        assertThrows(StatusTransitionException.class, () -> target.changeStatus(read.value().id(), done.version(),
                ActionStepStatus.DROPPED, TODAY, TERESA));

        // Then
        assertEquals(done, target.find(read.value().id()).orElseThrow());
    }

    @Test
    public void everyWrite_shouldRefuseAStaleVersion_andKeepTheNewerChange() {
        // Given
        Versioned<ActionStep> read = stored(anActionStep());
        Versioned<ActionStep> newer = target.changeStatus(read.value().id(), read.version(), ActionStepStatus.DONE,
                TODAY, ANA);
        long stepId = read.value().id();

        // Then
        assertStaleVersion(read.version(), newer.version(), () -> target.update(stepId, read.version(),
                ActionStepDetails.of(read.value()).withDescription("Stale"), TERESA));
        assertStaleVersion(read.version(), newer.version(), () -> target.changeStatus(stepId, read.version(),
                ActionStepStatus.DROPPED, TODAY, TERESA));
        assertStaleVersion(read.version(), newer.version(), () -> target.delete(stepId, read.version()));
        assertEquals(newer, target.find(stepId).orElseThrow());
    }

    @Test
    public void everyWrite_shouldSayTheStepIsGone_whenItIsMissingOrItsPageIsInTheTrash() {
        // Given
        Versioned<ActionStep> read = stored(anActionStep().onPage(9));
        givenTrashed(9);
        long stepId = read.value().id();

        // Then
        assertEquals(Optional.empty(), target.find(stepId));
        assertEquals(List.of(), target.findOnPage(9));
        assertThrows(ActionStepNotFoundException.class, () -> target.update(stepId, read.version(),
                ActionStepDetails.of(read.value()).withDescription("Too late"), ANA));
        assertThrows(ActionStepNotFoundException.class, () -> target.changeStatus(stepId, read.version(),
                ActionStepStatus.DONE, TODAY, ANA));
        assertThrows(ActionStepNotFoundException.class, () -> target.delete(stepId, read.version()));
        assertThrows(ActionStepNotFoundException.class, () -> target.delete(987654, 0));
    }

    @Test
    public void delete_shouldRemoveTheStep_atTheVersionTheCallerSaw() {
        // Given
        Versioned<ActionStep> read = stored(anActionStep().onPage(11));
        Versioned<ActionStep> kept = stored(anActionStep().onPage(11).withDescription("Kept"));

        // When
        target.delete(read.value().id(), read.version());

        // Then
        assertEquals(Optional.empty(), target.find(read.value().id()));
        assertEquals(List.of(kept), target.findOnPage(11));
    }
}
