package org.coachingconversations.application.actionstep;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.actionstep.ActionStepChange;

/**
 * The caller's change was made to a version of the step that is no longer stored: someone else changed it in
 * between. Nothing was saved; {@link #current()} is the step as it is now, for the caller to see and start again from.
 */
public final class StaleActionStepException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient EditableActionStep current;
    private final ZoneId zone;
    private final LocalDate today;

    StaleActionStepException(EditableActionStep current, ZoneId zone, LocalDate today, Throwable cause) {
        super("Action step " + current.step().value().id() + " was changed by someone else.", cause);
        this.current = Objects.requireNonNull(current, "current");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.today = Objects.requireNonNull(today, "today");
    }

    public EditableActionStep current() {
        return current;
    }

    /** The user key of who changed the step last, when that was recorded. */
    public Optional<String> changedByUserKey() {
        return lastChange().map(ActionStepChange::byUserKey);
    }

    /** The step's last change, the one the caller's change met; empty for a step stored before steps recorded it. */
    public Optional<ActionStepChange> lastChange() {
        return current.step().value().lastChange();
    }

    /** The zone of the step's space, in which the caller is told the time of the last change. */
    public ZoneId zone() {
        return zone;
    }

    /** Today in the step's space. */
    public LocalDate today() {
        return today;
    }
}
