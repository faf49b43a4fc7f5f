package org.coachingconversations.domain.guide;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of the Collaborative Log a coach and teacher fill in together at the end of an MQI
 * coaching conversation (seed 004). The seed names the log without listing its fields; these are the
 * things it says go into it: the focus, notes, the action plan with next steps, the next conversation.
 */
public enum CollaborativeLogField {
    FOCUS("focus"),
    NOTES("notes"),
    ACTION_PLAN("action-plan"),
    NEXT_CONVERSATION("next-conversation");

    private final String id;

    CollaborativeLogField(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String labelKey() {
        return "coaching.guide.mqi.log.field." + id;
    }

    public static Optional<CollaborativeLogField> fromId(String candidate) {
        return Arrays.stream(values()).filter(field -> field.id.equals(candidate)).findFirst();
    }
}
