package org.coachingconversations.domain.guide;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** When a protocol step happens relative to the post-conference (seed 003), in time order. */
public enum ProtocolPhase {
    BEFORE("before"),
    DURING("during"),
    AFTER("after");

    private final String id;

    ProtocolPhase(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The seed's column heading, e.g. "Before Post-conference". */
    public String nameKey() {
        return "coaching.guide.protocol.phase." + id;
    }

    public static Optional<ProtocolPhase> fromId(String candidate) {
        if (candidate == null) {
            return Optional.empty();
        }
        String wanted = candidate.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(phase -> phase.id.equals(wanted)).findFirst();
    }
}
