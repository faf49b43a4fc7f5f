package org.coachingconversations.domain.actionstep;

import java.util.Objects;

/** One field of a step someone typed cannot be used; the message says why in words they can act on. */
public final class ActionStepFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ActionStepFieldException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The field as the form and the REST body name it: text, owner, role, dueOn, status or version. */
    public String field() {
        return field;
    }
}
