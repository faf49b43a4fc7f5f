package org.coachingconversations.domain.conversation;

import java.util.Objects;

/** A teaching clip the coach selected, and why (seed 004: "Reason for selection"). */
public record VideoClip(ClipRange range, String reason) {

    public VideoClip {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A selected clip needs a reason");
        }
    }
}
