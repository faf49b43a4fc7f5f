package org.coachingconversations.domain.acknowledgement;

import java.util.Arrays;
import java.util.Optional;

/** The teacher's answer to a finalized Cycle Record (seed 003). */
public enum AcknowledgementKind {
    /** The teacher confirms having received the record; agreeing with it is not implied. */
    ACKNOWLEDGED("acknowledged"),
    /** The teacher objects to the record and says why. */
    OBJECTED("objected");

    private final String id;

    AcknowledgementKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String nameKey() {
        return "coaching.conversation.acknowledgement." + id;
    }

    public static Optional<AcknowledgementKind> fromId(String candidate) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(candidate)).findFirst();
    }
}
