package org.coachingconversations.application.actionstep;

import java.util.Objects;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.DueState;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * A step as one caller sees it today: the stored step with its version, how it stands against its due date, and
 * whether this caller may change it.
 */
public record EditableActionStep(Versioned<ActionStep> step, DueState dueState, boolean canChange) {

    public EditableActionStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(dueState, "dueState");
    }
}
