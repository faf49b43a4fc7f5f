package org.coachingconversations.domain.actionstep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * Action steps in a map, written the way the AO store writes them: versions from 0, one more per change that changes
 * something, the last change recorded with its kind, steps of a trashed page neither found nor changed.
 * {@link InMemoryActionStepStoreTest} holds it to the contract the AO store passes.
 */
public final class InMemoryActionStepStore implements ActionStepStore {

    private final Map<Long, Versioned<ActionStep>> steps = new LinkedHashMap<>();
    private final Set<Long> trashedPages = new HashSet<>();
    private long lastId;

    public void trash(long pageId) {
        trashedPages.add(pageId);
    }

    @Override
    public List<Versioned<ActionStep>> addToPage(long pageId, List<ActionStep> newSteps) {
        if (pageId <= 0) {
            throw new IllegalArgumentException("Action steps: the page id " + pageId
                    + " is not a page (page ids are positive).");
        }
        int wouldHold = findOnPage(pageId).size() + newSteps.size();
        if (wouldHold > MAX_STEPS_PER_PAGE) {
            throw new IllegalArgumentException("Action steps: page " + pageId + " would hold " + wouldHold
                    + " steps; the limit is " + MAX_STEPS_PER_PAGE + " per page.");
        }
        for (int index = 0; index < newSteps.size(); index++) {
            ActionStep step = Objects.requireNonNull(newSteps.get(index), "steps[" + index + "]");
            String label = "Action step " + (index + 1) + " of " + newSteps.size();
            if (step.id() != ActionStep.UNSAVED_ID) {
                throw new IllegalArgumentException(label + ": it is already stored (id " + step.id() + ").");
            }
            if (step.pageId() != pageId) {
                throw new IllegalArgumentException(label + ": the page id is " + step.pageId() + ", not " + pageId
                        + ".");
            }
        }
        List<Versioned<ActionStep>> added = new ArrayList<>();
        for (ActionStep step : newSteps) {
            Versioned<ActionStep> stored = new Versioned<>(step.withId(++lastId), Versioned.FIRST_VERSION);
            steps.put(lastId, stored);
            added.add(stored);
        }
        return added;
    }

    @Override
    public Optional<Versioned<ActionStep>> find(long stepId) {
        return Optional.ofNullable(steps.get(stepId)).filter(step -> !trashedPages.contains(step.value().pageId()));
    }

    @Override
    public List<Versioned<ActionStep>> findOnPage(long pageId) {
        return steps.values().stream().filter(step -> step.value().pageId() == pageId)
                .filter(step -> !trashedPages.contains(pageId)).limit(MAX_STEPS_PER_PAGE).toList();
    }

    @Override
    public Versioned<ActionStep> update(long stepId, long expectedVersion, ActionStepDetails details, ChangedBy by) {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(by, "by");
        Versioned<ActionStep> current = current(stepId, expectedVersion);
        return write(current, details.applyTo(current.value()), by);
    }

    @Override
    public Versioned<ActionStep> changeStatus(long stepId, long expectedVersion, ActionStepStatus target,
            LocalDate today, ChangedBy by) {
        Objects.requireNonNull(by, "by");
        Versioned<ActionStep> current = current(stepId, expectedVersion);
        return write(current, current.value().moveTo(target, today), by);
    }

    @Override
    public void delete(long stepId, long expectedVersion) {
        current(stepId, expectedVersion);
        steps.remove(stepId);
    }

    private Versioned<ActionStep> current(long stepId, long expectedVersion) {
        Versioned<ActionStep> current = find(stepId).orElseThrow(() -> new ActionStepNotFoundException(stepId));
        if (current.version() != expectedVersion) {
            throw ConcurrentUpdateException.staleVersion("Action step " + stepId, expectedVersion, current.version());
        }
        return current;
    }

    private Versioned<ActionStep> write(Versioned<ActionStep> current, ActionStep changed, ChangedBy by) {
        if (changed.equals(current.value())) {
            return current;
        }
        Versioned<ActionStep> written = new Versioned<>(changed.withLastChange(by.change(current.value(), changed)),
                current.version() + 1);
        steps.put(changed.id(), written);
        return written;
    }
}
