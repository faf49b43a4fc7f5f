package org.coachingconversations.domain.actionstep;

import java.util.OptionalInt;

/**
 * A change based on a version of a step that is no longer the stored one: someone else changed the step after it
 * was read, or while this change was being saved. Nothing was written; the caller reloads the step and lets the
 * user decide again.
 */
public final class StaleActionStepException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final long stepId;
    private final int expectedVersion;
    private final OptionalInt storedVersion;

    /** The stored step was found at another version than the change was based on. */
    public StaleActionStepException(long stepId, int expectedVersion, int storedVersion) {
        super("Action step " + stepId + " was changed by someone else since it was read (the change was based on"
                + " version " + expectedVersion + ", the stored step is at version " + storedVersion
                + "); reload it and try again.");
        this.stepId = stepId;
        this.expectedVersion = expectedVersion;
        this.storedVersion = OptionalInt.of(storedVersion);
    }

    /** The database refused the write because another change to the step was saved at the same moment. */
    public StaleActionStepException(long stepId, int expectedVersion, Throwable cause) {
        super("Action step " + stepId + " was changed by someone else while this change (based on version "
                + expectedVersion + ") was being saved; reload it and try again.", cause);
        this.stepId = stepId;
        this.expectedVersion = expectedVersion;
        this.storedVersion = OptionalInt.empty();
    }

    public long stepId() {
        return stepId;
    }

    public int expectedVersion() {
        return expectedVersion;
    }

    /** The version found in the store, when the refusal came from comparing versions. */
    public OptionalInt storedVersion() {
        return storedVersion;
    }
}
