package org.coachingconversations.domain.followup;

import java.util.Objects;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.DueState;

/** An action step as a viewer sees it today: the step and how it stands against its due date. */
public record ListedStep(ActionStep step, DueState dueState) {

    public ListedStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(dueState, "dueState");
    }
}
