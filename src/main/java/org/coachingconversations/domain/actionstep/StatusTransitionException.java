package org.coachingconversations.domain.actionstep;

/** A status change the rules in {@link ActionStepStatus} do not allow. */
public final class StatusTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final ActionStepStatus from;
    private final ActionStepStatus to;

    public StatusTransitionException(ActionStepStatus from, ActionStepStatus to, String message) {
        super(message);
        this.from = from;
        this.to = to;
    }

    public ActionStepStatus from() {
        return from;
    }

    public ActionStepStatus to() {
        return to;
    }
}
