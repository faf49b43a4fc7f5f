package org.coachingconversations.domain.actionstep;

import java.util.Objects;

/**
 * A stored action step and the version it was read at. A change names that version, so that an edit based on an
 * older read is refused instead of silently overwriting someone else's change.
 *
 * @param version 1 when the step is first stored, one more after each change
 */
public record VersionedActionStep(ActionStep step, int version) {

    public static final int FIRST_VERSION = 1;

    public VersionedActionStep {
        Objects.requireNonNull(step, "step");
        if (step.id() == ActionStep.UNSAVED_ID) {
            throw new IllegalArgumentException("Action step: a versioned step must be stored (it has no id yet).");
        }
        if (version < FIRST_VERSION) {
            throw new IllegalArgumentException("Action step " + step.id() + ": the version " + version
                    + " is below " + FIRST_VERSION + ".");
        }
    }

    public long id() {
        return step.id();
    }
}
