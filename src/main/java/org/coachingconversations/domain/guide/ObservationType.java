package org.coachingconversations.domain.guide;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three observation types of the post-conferencing protocol (seed 003). */
public enum ObservationType {
    FULL("full"),
    FOCUSED("focused"),
    SHORT("short");

    private final String id;

    ObservationType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String nameKey() {
        return "coaching.guide.protocol.observation-type." + id;
    }

    public static Optional<ObservationType> fromId(String candidate) {
        if (candidate == null) {
            return Optional.empty();
        }
        String wanted = candidate.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.id.equals(wanted)).findFirst();
    }
}
