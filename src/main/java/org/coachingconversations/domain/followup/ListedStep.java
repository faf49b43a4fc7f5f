package org.coachingconversations.domain.followup;

import java.util.Objects;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.DueState;

/**
 * An action step as a viewer sees it today: the step, the version it was read at (which a change must name), how it
 * stands against its due date, and whether this viewer may change it.
 */
public record ListedStep(ActionStep step, long version, DueState dueState, boolean changeable) {

    public ListedStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(dueState, "dueState");
    }
}
