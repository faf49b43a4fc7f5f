package org.coachingconversations.domain.guide;

import java.util.Arrays;
import java.util.Optional;

/** The five possible entry points of a collaborative coaching conversation (seed 002), in the seed's order. */
public enum EntryPoint {
    ESTABLISH_FOCUS("establish-focus"),
    GUIDE_REFLECTION("guide-reflection"),
    ANALYZE_DEEPER_CAUSE("analyze-deeper-cause"),
    FOSTER_REFLECTION_ON_SUCCESSES("foster-reflection-on-successes"),
    CONNECT_ACTIONS_TO_IMPACT("connect-actions-to-impact");

    private final String id;

    EntryPoint(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String textKey() {
        return "coaching.guide.coaching.entry-point." + id;
    }

    public static Optional<EntryPoint> fromId(String candidate) {
        return Arrays.stream(values()).filter(entry -> entry.id.equals(candidate)).findFirst();
    }
}
