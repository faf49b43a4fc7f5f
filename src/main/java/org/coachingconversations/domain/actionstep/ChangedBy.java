package org.coachingconversations.domain.actionstep;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Who makes a change to a step, and when; the store turns it into the step's {@link ActionStepChange}.
 *
 * @param userKey the user key of the person making the change
 * @param at when; kept to the second, which is what a person reads and what every database stores alike
 */
public record ChangedBy(String userKey, Instant at) {

    public ChangedBy {
        if (userKey == null || userKey.isBlank()) {
            throw new IllegalArgumentException("A change to an action step needs the user key of who made it.");
        }
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.SECONDS);
    }

    /** What this change did, seen from the step as it was and as it is now. */
    public ActionStepChange change(ActionStep before, ActionStep after) {
        return new ActionStepChange(userKey, at, ActionStepChangeKind.between(before, after));
    }

    public ActionStepChange added() {
        return new ActionStepChange(userKey, at, ActionStepChangeKind.ADDED);
    }
}
