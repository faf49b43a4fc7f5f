package org.coachingconversations.domain.followup;

import java.util.OptionalInt;

/** Seed 001, "lead to action": how many conversations produced an owned, dated action step. */
public record ActionShare(long conversations, long leadingToAction) {

    public ActionShare {
        if (conversations < 0 || leadingToAction < 0) {
            throw new IllegalArgumentException("Action share: counts cannot be negative.");
        }
        if (leadingToAction > conversations) {
            throw new IllegalArgumentException("Action share: " + leadingToAction
                    + " conversations leading to action is more than the " + conversations + " conversations.");
        }
    }

    /**
     * The share from two counts read one after the other: a step saved between the two reads must not push the
     * share over 100%.
     */
    public static ActionShare ofCounts(long conversations, long leadingToAction) {
        return new ActionShare(conversations, Math.min(conversations, leadingToAction));
    }

    /** The share as a whole percentage, rounded half up; empty when there is no conversation yet. */
    public OptionalInt percent() {
        if (conversations == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) ((leadingToAction * 200 + conversations) / (conversations * 2)));
    }
}
