package org.coachingconversations.domain.quality;

import org.coachingconversations.domain.guide.ConversationQuality;

/** A self-check note longer than {@link QualitySelfCheck#NOTE_MAX_LENGTH} characters. */
public record NoteTooLong(ConversationQuality quality, int length, int limit) implements NoteProblem {
}
