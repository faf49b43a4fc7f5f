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
        return current.step().value().lastChange().map(ActionStepChange::byUserKey);
    }

    /**
     * What the caller reads, e.g. "Ana Ruiz changed this step at 10:12 (marked it done). Your change was not saved;
     * the current step is shown." The time is in the space's zone.
     *
     * @param changerName the display name of {@link #changedByUserKey()}, when the host knows that user
     */
    public String messageFor(Optional<String> changerName) {
        return ActionStepChange.conflictMessage(current.step().value().lastChange(), changerName, zone, today);
    }
}
