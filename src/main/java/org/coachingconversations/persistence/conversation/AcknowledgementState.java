package org.coachingconversations.persistence.conversation;

import org.coachingconversations.domain.acknowledgement.AcknowledgementKind;

/** The teacher's answer as the Cycle Record row keeps it in {@code ACKNOWLEDGEMENT_STATE}. */
enum AcknowledgementState {
    /** Not answered yet (or not finalized yet). */
    NONE,
    ACKNOWLEDGED,
    OBJECTED;

    static AcknowledgementState of(AcknowledgementKind kind) {
        return kind == AcknowledgementKind.OBJECTED ? OBJECTED : ACKNOWLEDGED;
    }
}
