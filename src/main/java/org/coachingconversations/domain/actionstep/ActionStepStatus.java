package org.coachingconversations.domain.actionstep;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an action step stands. The moves allowed between statuses:
 *
 * <table>
 *   <caption>Status transitions</caption>
 *   <tr><th>from \ to</th><th>OPEN</th><th>DONE</th><th>DROPPED</th></tr>
 *   <tr><td>OPEN</td><td>-</td><td>yes, records the completion date</td><td>yes</td></tr>
 *   <tr><td>DONE</td><td>yes (reopen), clears the completion date</td><td>-</td><td>no</td></tr>
 *   <tr><td>DROPPED</td><td>yes (revive)</td><td>no</td><td>-</td></tr>
 * </table>
 *
 * <p>A step never jumps between DONE and DROPPED: finished work stays on the record as finished,
 * and a dropped step is revived before anyone can claim it done. Going through OPEN keeps the
 * completion date honest. Moving a step to the status it already has changes nothing.
 */
public enum ActionStepStatus {
    OPEN("open"),
    DONE("done"),
    DROPPED("dropped");

    private final String id;

    ActionStepStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String nameKey() {
        return "coaching.actionstep.status." + id;
    }

    public boolean canMoveTo(ActionStepStatus target) {
        if (target == null) {
            return false;
        }
        return target == this || this == OPEN || target == OPEN;
    }

    /** Why a move is refused, in words a user can act on; empty when the move is allowed. */
    public Optional<String> refusalReason(ActionStepStatus target) {
        if (target == null) {
            return Optional.of("The new status is required (open, done or dropped).");
        }
        if (canMoveTo(target)) {
            return Optional.empty();
        }
        return Optional.of("An action step that is " + id + " cannot become " + target.id
                + " directly; reopen it first.");
    }

    public static Optional<ActionStepStatus> fromId(String candidate) {
        if (candidate == null) {
            return Optional.empty();
        }
        String wanted = candidate.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(status -> status.id.equals(wanted)).findFirst();
    }
}
