package org.coachingconversations.domain.conversation;

import java.util.Arrays;
import java.util.Optional;

/** The four kinds of page a coaching cycle produces, each from its own blueprint. */
public enum ConversationType {
    /** Seed 002: the six components of a collaborative coaching conversation. */
    COACHING_CONVERSATION("coaching-conversation"),
    /** Seed 004: the video-based (MQI) coaching cycle. */
    VIDEO_COACHING_CYCLE("video-coaching-cycle"),
    /** Seed 000: the Student Perception Survey reflection. */
    SPS_REFLECTION("sps-reflection"),
    /** Seed 003: the post-conference Cycle Record. */
    CYCLE_RECORD("cycle-record");

    private final String id;

    ConversationType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ConversationType> fromId(String candidate) {
        return Arrays.stream(values()).filter(type -> type.id.equals(candidate)).findFirst();
    }
}
