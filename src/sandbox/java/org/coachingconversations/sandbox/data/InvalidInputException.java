package org.coachingconversations.sandbox.data;

/** Input a user typed into a sandbox form cannot be saved; the message says why, naming the field. */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }
}
