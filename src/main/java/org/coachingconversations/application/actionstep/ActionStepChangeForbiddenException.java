package org.coachingconversations.application.actionstep;

/** The caller may view the page but not make this change; the message says who may. */
public final class ActionStepChangeForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ActionStepChangeForbiddenException(String message) {
        super(message);
    }
}
