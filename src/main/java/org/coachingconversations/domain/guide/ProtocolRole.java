package org.coachingconversations.domain.guide;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who is responsible for a step of the post-conferencing protocol (seed 003). */
public enum ProtocolRole {
    TEACHER("teacher"),
    OBSERVER("observer"),
    TEACHER_AND_OBSERVER("teacher-and-observer");

    private final String id;

    ProtocolRole(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String nameKey() {
        return "coaching.guide.protocol.role." + id;
    }

    /**
     * Whether a step owned by this role is work for the wanted role. A teacher (or an observer) also
     * does the steps they share; asking for the shared role gives only the shared steps.
     */
    public boolean concerns(ProtocolRole wanted) {
        return this == wanted || (this == TEACHER_AND_OBSERVER && wanted != TEACHER_AND_OBSERVER);
    }

    public static Optional<ProtocolRole> fromId(String candidate) {
        if (candidate == null) {
            return Optional.empty();
        }
        String wanted = candidate.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(role -> role.id.equals(wanted)).findFirst();
    }
}
