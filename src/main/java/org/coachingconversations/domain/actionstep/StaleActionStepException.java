package org.coachingconversations.domain.actionstep;

/**
 * A change based on a version of a step that is no longer the stored one: someone else changed the step after it
 * was read. Nothing was written; the caller reloads the step and lets the user decide again.
 */
public final class StaleActionStepException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final long stepId;
    private final int expectedVersion;
    private final int storedVersion;

    public StaleActionStepException(long stepId, int expectedVersion, int storedVersion) {
        super("Action step " + stepId + " was changed by someone else since it was read (the change was based on"
                + " version " + expectedVersion + ", the stored step is at version " + storedVersion
                + "); reload it and try again.");
        this.stepId = stepId;
        this.expectedVersion = expectedVersion;
        this.storedVersion = storedVersion;
    }

    public long stepId() {
        return stepId;
    }

    public int expectedVersion() {
        return expectedVersion;
    }

    public int storedVersion() {
        return storedVersion;
    }
}
