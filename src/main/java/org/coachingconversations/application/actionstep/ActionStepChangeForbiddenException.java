package org.coachingconversations.application.actionstep;

import java.util.Objects;

/** The caller may view the page but not make this change; {@link #refusal()} tells the adapter who may. */
public final class ActionStepChangeForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;

    public ActionStepChangeForbiddenException(Refusal refusal) {
        super("Refused: " + refusal);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    public Refusal refusal() {
        return refusal;
    }

    /** What was refused, which decides who may do it instead. */
    public enum Refusal {
        /** adding a step: page editors only */
        ADD,
        /** changing a step: page editors and the step's owner */
        CHANGE
    }
}
