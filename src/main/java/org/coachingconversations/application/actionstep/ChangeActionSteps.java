package org.coachingconversations.application.actionstep;

import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDetails;
import org.coachingconversations.domain.actionstep.ActionStepNotFoundException;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.actionstep.ChangedBy;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.transaction.UnitOfWork;
import org.coachingconversations.domain.versioning.Versioned;

import java.time.LocalDate;
import java.util.List;

/**
 * The use case "change a page's action steps": add, edit, change the status of or delete steps, each change kept in
 * step with the page's conversation: a conversation "leads to action" (seed 001) while at least one of its steps has an owner and a due date and is not dropped. The dashboards count that
 * flag, so it is recomputed in the same transaction as the change that may move it.
 */
public final class ChangeActionSteps {

    private final ActionStepStore steps;
    private final ConversationStore conversations;
    private final UnitOfWork unitOfWork;

    public ChangeActionSteps(ActionStepStore steps, ConversationStore conversations, UnitOfWork unitOfWork) {
        this.steps = steps;
        this.conversations = conversations;
        this.unitOfWork = unitOfWork;
    }

    public List<Versioned<ActionStep>> addToPage(long pageId, List<ActionStep> newSteps) {
        return unitOfWork.run(() -> {
            List<Versioned<ActionStep>> added = steps.addToPage(pageId, newSteps);
            recordLeadsToAction(pageId);
            return added;
        });
    }

    public Versioned<ActionStep> update(long stepId, long expectedVersion, ActionStepDetails details, ChangedBy by) {
        return unitOfWork.run(() -> {
            Versioned<ActionStep> updated = steps.update(stepId, expectedVersion, details, by);
            recordLeadsToAction(updated.value().pageId());
            return updated;
        });
    }

    public Versioned<ActionStep> changeStatus(long stepId, long expectedVersion, ActionStepStatus target,
            LocalDate today, ChangedBy by) {
        return unitOfWork.run(() -> {
            Versioned<ActionStep> changed = steps.changeStatus(stepId, expectedVersion, target, today, by);
            recordLeadsToAction(changed.value().pageId());
            return changed;
        });
    }

    public void delete(long stepId, long expectedVersion) {
        unitOfWork.run(() -> {
            long pageId = steps.find(stepId).orElseThrow(() -> new ActionStepNotFoundException(stepId)).value()
                    .pageId();
            steps.delete(stepId, expectedVersion);
            recordLeadsToAction(pageId);
            return null;
        });
    }

    /** A page holds at most {@link ActionStepStore#MAX_STEPS_PER_PAGE} steps, so this read is bounded. */
    private void recordLeadsToAction(long pageId) {
        boolean leadsToAction = steps.findOnPage(pageId).stream()
                .map(Versioned::value)
                .anyMatch(step -> step.isOwnedAndDated() && step.status() != ActionStepStatus.DROPPED);
        conversations.recordLeadsToAction(pageId, leadsToAction);
    }
}
