package org.coachingconversations.domain.digest;

import java.util.List;

/** One recipient's message of one run: their newly overdue steps, oldest due date first. */
public record Digest(String recipientKey, List<DigestLine> lines) {

    public Digest {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A digest for " + recipientKey + " needs at least one step.");
        }
    }
}
