package org.coachingconversations.domain.quality;

import java.time.Instant;
import java.util.Objects;

/**
 * A page's self-check as stored: what was ticked and noted, in which space, who saved it last and when. A page holds
 * one conversation, so the self-check's conversation id is the page id.
 *
 * @param savedByKey user key of the person who saved this state
 */
public record SavedSelfCheck(String spaceKey, QualitySelfCheck check, String savedByKey, Instant savedAt) {

    /** Longest user key or space key a row holds (a plain column). */
    public static final int MAX_KEY_LENGTH = 255;

    public SavedSelfCheck {
        Objects.requireNonNull(check, "check");
        requireKey(check.conversationId(), "space key", spaceKey);
        requireKey(check.conversationId(), "user key of the person saving it", savedByKey);
        Objects.requireNonNull(savedAt, "savedAt");
    }

    public long pageId() {
        return check.conversationId();
    }

    private static void requireKey(long pageId, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Self-check on page " + pageId + ": the " + field + " is required.");
        }
        if (value.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("Self-check on page " + pageId + ": the " + field + " has "
                    + value.length() + " characters; at most " + MAX_KEY_LENGTH + " fit.");
        }
    }
}
