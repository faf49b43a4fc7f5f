package org.coachingconversations.domain.followup;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A teacher of the space with no conversation in the coverage period.
 *
 * @param lastConversationOn the teacher's latest conversation in the space; empty when none
 */
public record CoverageGap(String teacherKey, Optional<LocalDate> lastConversationOn) {

    public CoverageGap {
        if (teacherKey == null || teacherKey.isBlank()) {
            throw new IllegalArgumentException("Coverage gap: the teacher is required.");
        }
        lastConversationOn = lastConversationOn == null ? Optional.empty() : lastConversationOn;
    }
}
