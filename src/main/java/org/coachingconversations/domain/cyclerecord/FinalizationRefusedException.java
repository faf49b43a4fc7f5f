package org.coachingconversations.domain.cyclerecord;

/** Someone may not mark this Cycle Record finalized now. Nothing was written. */
public class FinalizationRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why: a person who may never finalize the record, or a record not in a state to be finalized. */
    public enum Reason {
        /** Only the record's observer finalizes it (seed 003). */
        NOT_THE_OBSERVER,
        /** The post-conference has not taken place yet. */
        CONFERENCE_NOT_HELD,
        /** It is finalized already; finalization is not undone. */
        ALREADY_FINALIZED
    }

    private final Reason reason;

    public FinalizationRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
