package org.coachingconversations.domain.followup;

import java.time.LocalDate;
import java.util.Objects;
import org.coachingconversations.domain.actionstep.ActionStep;

/**
 * The fact that a step was reported overdue for a given due date. Keyed by the due date too, so a
 * step whose date was moved and that then slips again is reported again, while a step reopened
 * with the same date is not.
 */
public record OverdueFlag(long stepId, LocalDate dueOn) {

    public OverdueFlag {
        Objects.requireNonNull(dueOn, "dueOn");
    }

    public static OverdueFlag of(ActionStep step) {
        return new OverdueFlag(step.id(), step.dueOn().orElseThrow(() -> new IllegalArgumentException(
                "Action step " + step.id() + " has no due date, so it cannot be overdue.")));
    }
}
