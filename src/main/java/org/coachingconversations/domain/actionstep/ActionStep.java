package org.coachingconversations.domain.actionstep;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.people.ParticipantRole;

/**
 * One action step recorded on a conversation page: who does what by when.
 *
 * @param id the stored id; {@link #UNSAVED_ID} until the step is stored
 * @param ownerKey the user key of the person who owns the step, when one was named
 * @param dueOn the due date, when one was agreed
 * @param completedOn set exactly when the status is {@link ActionStepStatus#DONE}
 * @param lastChange who changed the step last, when and how; empty for a step stored before steps remembered it
 */
public record ActionStep(
        long id,
        long pageId,
        String spaceKey,
        Optional<String> ownerKey,
        ParticipantRole role,
        String description,
        Optional<LocalDate> dueOn,
        ActionStepStatus status,
        Optional<LocalDate> completedOn,
        Optional<ActionStepChange> lastChange) {

    public static final long UNSAVED_ID = 0L;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    public ActionStep {
        if (id < 0) {
            throw new IllegalArgumentException("Action step: the id " + id + " is negative.");
        }
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("Action step: the space key is required.");
        }
        if (role == null) {
            throw new IllegalArgumentException("Action step: the role is required (teacher, coach or observer).");
        }
        description = validDescription(description);
        ownerKey = ownerKey == null ? Optional.empty() : ownerKey.map(String::strip).filter(key -> !key.isEmpty());
        dueOn = dueOn == null ? Optional.empty() : dueOn;
        completedOn = completedOn == null ? Optional.empty() : completedOn;
        lastChange = lastChange == null ? Optional.empty() : lastChange;
        if (status == null) {
            throw new IllegalArgumentException("Action step: the status is required (open, done or dropped).");
        }
        if (status == ActionStepStatus.DONE && completedOn.isEmpty()) {
            throw new IllegalArgumentException("Action step: a done step needs its completion date.");
        }
        if (status != ActionStepStatus.DONE && completedOn.isPresent()) {
            throw new IllegalArgumentException("Action step: only a done step has a completion date; this one is "
                    + status.id() + ".");
        }
    }

    /** A step nobody is recorded as having changed. */
    public ActionStep(long id, long pageId, String spaceKey, Optional<String> ownerKey, ParticipantRole role,
            String description, Optional<LocalDate> dueOn, ActionStepStatus status, Optional<LocalDate> completedOn) {
        this(id, pageId, spaceKey, ownerKey, role, description, dueOn, status, completedOn, Optional.empty());
    }

    /** A new, open step that is not stored yet. */
    public static ActionStep open(long pageId, String spaceKey, String ownerKey, ParticipantRole role,
            String description, LocalDate dueOn) {
        return new ActionStep(UNSAVED_ID, pageId, spaceKey, Optional.ofNullable(ownerKey), role, description,
                Optional.ofNullable(dueOn), ActionStepStatus.OPEN, Optional.empty());
    }

    /**
     * The description a user typed, trimmed, or a message saying why it cannot be used.
     *
     * @throws IllegalArgumentException when it is empty or longer than {@value #MAX_DESCRIPTION_LENGTH}
     */
    public static String validDescription(String description) {
        String trimmed = description == null ? "" : description.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Action step: the description is required.");
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("Action step: the description has " + length
                    + " characters; the limit is " + MAX_DESCRIPTION_LENGTH + ".");
        }
        return trimmed;
    }

    /** Owned and dated: what makes a conversation "lead to action" (seed 001). */
    public boolean isOwnedAndDated() {
        return ownerKey.isPresent() && dueOn.isPresent();
    }

    public boolean isOpen() {
        return status == ActionStepStatus.OPEN;
    }

    /**
     * This step in the target status, following the rules in {@link ActionStepStatus}.
     *
     * @param today the date in the space's time zone, recorded when the step becomes done
     * @throws StatusTransitionException when the rules do not allow the move
     */
    public ActionStep moveTo(ActionStepStatus target, LocalDate today) {
        Objects.requireNonNull(today, "today");
        Optional<String> refusal = status.refusalReason(target);
        if (refusal.isPresent()) {
            throw new StatusTransitionException(status, target, refusal.get());
        }
        if (target == status) {
            return this;
        }
        Optional<LocalDate> completion = target == ActionStepStatus.DONE ? Optional.of(today) : Optional.empty();
        return new ActionStep(id, pageId, spaceKey, ownerKey, role, description, dueOn, target, completion,
                lastChange);
    }

    public ActionStep complete(LocalDate today) {
        return moveTo(ActionStepStatus.DONE, today);
    }

    public ActionStep reopen(LocalDate today) {
        return moveTo(ActionStepStatus.OPEN, today);
    }

    public ActionStep drop(LocalDate today) {
        return moveTo(ActionStepStatus.DROPPED, today);
    }

    public ActionStep withId(long storedId) {
        return new ActionStep(storedId, pageId, spaceKey, ownerKey, role, description, dueOn, status, completedOn,
                lastChange);
    }

    public ActionStep withDueOn(LocalDate newDueOn) {
        return new ActionStep(id, pageId, spaceKey, ownerKey, role, description, Optional.ofNullable(newDueOn),
                status, completedOn, lastChange);
    }

    public ActionStep withLastChange(ActionStepChange change) {
        return new ActionStep(id, pageId, spaceKey, ownerKey, role, description, dueOn, status, completedOn,
                Optional.of(change));
    }

    /**
     * Who may change this step: whoever may edit its page, and the step's owner, who keeps their own steps up to
     * date without needing edit permission on the page.
     *
     * @param userKey the person asking; empty for an anonymous visitor, who may change nothing
     */
    public boolean mayBeChangedBy(Optional<String> userKey, boolean mayEditPage) {
        if (userKey.isEmpty()) {
            return false;
        }
        return mayEditPage || ownerKey.equals(userKey.map(String::strip));
    }
}
