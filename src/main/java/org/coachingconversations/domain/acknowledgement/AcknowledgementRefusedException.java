package org.coachingconversations.domain.acknowledgement;

/** Someone may not answer this Cycle Record now: not its teacher, not finalized yet, or already acknowledged. Nothing was written. */
public class AcknowledgementRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the answer was refused: a person who may never answer, or a record not in a state to be answered. */
    public enum Reason {
        /** Only the record's teacher answers it. */
        NOT_THE_TEACHER,
        /** The record has to be finalized first. */
        NOT_FINALIZED,
        /** The teacher acknowledged receipt; the answer is final. */
        ALREADY_ACKNOWLEDGED
    }

    private final Reason reason;

    public AcknowledgementRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
