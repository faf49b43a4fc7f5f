package org.coachingconversations.domain.acknowledgement;

/** Someone may not answer this Cycle Record now: not its teacher, or not finalized yet. Nothing was written. */
public class AcknowledgementRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AcknowledgementRefusedException(String message) {
        super(message);
    }
}
