package org.coachingconversations.domain.actionstep;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** What one change did to a step, which a person is told when their own change met it. */
public enum ActionStepChangeKind {
    ADDED("added"),
    REWORDED("reworded"),
    REASSIGNED("reassigned"),
    RESCHEDULED("rescheduled"),
    EDITED("edited"),
    MARKED_DONE("done"),
    DROPPED("dropped"),
    REOPENED("reopened");

    private final String id;

    ActionStepChangeKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ActionStepChangeKind> fromId(String candidate) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(candidate)).findFirst();
    }

    /**
     * What turned {@code before} into {@code after}: a status move names the move; otherwise the one detail that
     * changed, or "its details" when several did.
     */
    public static ActionStepChangeKind between(ActionStep before, ActionStep after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.status() != after.status()) {
            return switch (after.status()) {
                case DONE -> MARKED_DONE;
                case DROPPED -> DROPPED;
                case OPEN -> REOPENED;
            };
        }
        boolean text = !before.description().equals(after.description());
        boolean owner = !before.ownerKey().equals(after.ownerKey()) || before.role() != after.role();
        boolean due = !before.dueOn().equals(after.dueOn());
        int changed = (text ? 1 : 0) + (owner ? 1 : 0) + (due ? 1 : 0);
        if (changed != 1) {
            return EDITED;
        }
        return text ? REWORDED : owner ? REASSIGNED : RESCHEDULED;
    }
}
