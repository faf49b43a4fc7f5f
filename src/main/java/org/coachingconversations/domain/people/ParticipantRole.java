package org.coachingconversations.domain.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The part a person plays in a conversation: who owns an action step or a protocol deadline. */
public enum ParticipantRole {
    TEACHER("teacher"),
    COACH("coach"),
    OBSERVER("observer");

    private final String id;

    ParticipantRole(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String nameKey() {
        return "coaching.conversation.role." + id;
    }

    public static Optional<ParticipantRole> fromId(String candidate) {
        if (candidate == null) {
            return Optional.empty();
        }
        String wanted = candidate.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(role -> role.id.equals(wanted)).findFirst();
    }
}
