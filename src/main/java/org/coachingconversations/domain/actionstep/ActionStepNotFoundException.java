package org.coachingconversations.domain.actionstep;

import java.util.NoSuchElementException;

/** The step to change is not stored, or its page is in the trash, where its data cannot be changed. */
public final class ActionStepNotFoundException extends NoSuchElementException {

    private static final long serialVersionUID = 1L;

    private final long stepId;

    public ActionStepNotFoundException(long stepId) {
        super("Action step " + stepId + " does not exist: it was deleted, or its page is in the trash.");
        this.stepId = stepId;
    }

    public long stepId() {
        return stepId;
    }
}
