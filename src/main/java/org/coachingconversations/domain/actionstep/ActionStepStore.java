package org.coachingconversations.domain.actionstep;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * Writes action steps, and reads the steps of one page for editing. Every change names the version it was based
 * on and is refused with {@link ConcurrentUpdateException} when the step changed since, so two people editing the
 * same step never overwrite each other unnoticed. Steps of a page in the trash are neither found nor changed.
 */
public interface ActionStepStore {

    /** Keeps every page's list short enough to read and show in one go. */
    int MAX_STEPS_PER_PAGE = 200;

    /**
     * Stores new steps of one page, in the given order, at version {@value Versioned#FIRST_VERSION}, each with the
     * last change it carries (a step a person adds says so; a page's starting steps carry none).
     *
     * @param steps unsaved steps ({@link ActionStep#UNSAVED_ID}) that all belong to {@code pageId}
     * @return the stored steps with their ids, in the same order
     * @throws IllegalArgumentException naming the step and field, before anything is stored, when a step cannot be
     *     stored or the page would hold more than {@value #MAX_STEPS_PER_PAGE} steps
     */
    List<Versioned<ActionStep>> addToPage(long pageId, List<ActionStep> steps);

    Optional<Versioned<ActionStep>> find(long stepId);

    /** The steps of one page, in the order they were added; at most {@value #MAX_STEPS_PER_PAGE}. */
    List<Versioned<ActionStep>> findOnPage(long pageId);

    /**
     * Replaces the editable details of a step and records {@code by} as its last change; details equal to the
     * stored ones change nothing and keep its version and last change.
     *
     * @throws ConcurrentUpdateException when the step is no longer at {@code expectedVersion}
     * @throws ActionStepNotFoundException when the step is gone or its page is in the trash
     */
    Versioned<ActionStep> update(long stepId, long expectedVersion, ActionStepDetails details, ChangedBy by);

    /**
     * Moves a step to another status by the rules of {@link ActionStepStatus} and records {@code by} as its last
     * change; moving to the status it has changes nothing and keeps its version and last change.
     *
     * @param today the date in the space's time zone, recorded as the completion date when the step becomes done
     * @throws StatusTransitionException when the rules refuse the move
     * @throws ConcurrentUpdateException when the step is no longer at {@code expectedVersion}
     * @throws ActionStepNotFoundException when the step is gone or its page is in the trash
     */
    Versioned<ActionStep> changeStatus(long stepId, long expectedVersion, ActionStepStatus target, LocalDate today,
            ChangedBy by);

    /**
     * Deletes a step and what was recorded about it (its overdue notices).
     *
     * @throws ConcurrentUpdateException when the step is no longer at {@code expectedVersion}
     * @throws ActionStepNotFoundException when the step is gone or its page is in the trash
     */
    void delete(long stepId, long expectedVersion);
}
