package org.coachingconversations.domain.actionstep;

import java.time.LocalDate;
import java.util.Optional;
import org.coachingconversations.domain.people.ParticipantRole;

/**
 * What a user may edit on a stored step: owner, role, description and due date. The page and space come from
 * where the step was written, and the status changes only through the transition rules of {@link ActionStepStatus}.
 */
public record ActionStepDetails(
        Optional<String> ownerKey,
        ParticipantRole role,
        String description,
        Optional<LocalDate> dueOn) {

    public ActionStepDetails {
        ownerKey = ownerKey == null ? Optional.empty() : ownerKey;
        dueOn = dueOn == null ? Optional.empty() : dueOn;
        if (role == null) {
            throw new IllegalArgumentException("Action step: the role is required (teacher, coach or observer).");
        }
        description = ActionStep.validDescription(description);
    }

    public static ActionStepDetails of(ActionStep step) {
        return new ActionStepDetails(step.ownerKey(), step.role(), step.description(), step.dueOn());
    }

    /**
     * {@code step} with these details; its id, page, space, status, completion date and last change stay as they are.
     */
    public ActionStep applyTo(ActionStep step) {
        return new ActionStep(step.id(), step.pageId(), step.spaceKey(), ownerKey, role, description, dueOn,
                step.status(), step.completedOn(), step.lastChange());
    }

    public ActionStepDetails withDueOn(LocalDate newDueOn) {
        return new ActionStepDetails(ownerKey, role, description, Optional.ofNullable(newDueOn));
    }

    public ActionStepDetails withDescription(String newDescription) {
        return new ActionStepDetails(ownerKey, role, newDescription, dueOn);
    }

    public ActionStepDetails withOwnerKey(String newOwnerKey) {
        return new ActionStepDetails(Optional.ofNullable(newOwnerKey), role, description, dueOn);
    }
}
