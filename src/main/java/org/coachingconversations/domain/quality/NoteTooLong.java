package org.coachingconversations.domain.quality;

import org.coachingconversations.domain.guide.ConversationQuality;

/** A self-check note longer than {@link QualitySelfCheck#NOTE_MAX_LENGTH} characters. */
public record NoteTooLong(ConversationQuality quality, int length, int limit) implements NoteProblem {

    @Override
    public String message() {
        return "The note on " + quality.id() + " has " + length + " characters; shorten it to " + limit
                + " characters or fewer.";
    }
}
