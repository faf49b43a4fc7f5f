package org.coachingconversations.domain.quality;

import org.coachingconversations.domain.guide.ConversationQuality;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How many of the self-checked conversations had one quality present. Share and percent are empty
 * when no conversation was checked, so a dashboard shows "no data" rather than 0%.
 */
public record QualityTally(ConversationQuality quality, int presentCount, int conversationCount) {

    public QualityTally {
        if (conversationCount < 0 || presentCount < 0 || presentCount > conversationCount) {
            throw new IllegalArgumentException("A tally of " + quality + " cannot count " + presentCount
                    + " of " + conversationCount + " conversations");
        }
    }

    /** Between 0 and 1. */
    public OptionalDouble share() {
        return conversationCount == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) presentCount / conversationCount);
    }

    /** Whole percent, rounded half up. */
    public OptionalInt percent() {
        return conversationCount == 0 ? OptionalInt.empty()
                : OptionalInt.of((int) ((200L * presentCount + conversationCount) / (2L * conversationCount)));
    }
}
