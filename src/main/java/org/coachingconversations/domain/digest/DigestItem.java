package org.coachingconversations.domain.digest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line a person is owed in a digest: their step on a page became overdue for this due date. The step's text is
 * the text when the step was flagged; the page's title is read when the digest is sent, and only if the recipient
 * may still view the page.
 */
public record DigestItem(long stepId, LocalDate dueOn, String recipientKey, long pageId, String spaceKey,
        String stepText) {

    public DigestItem {
        Objects.requireNonNull(dueOn, "dueOn");
        if (recipientKey == null || recipientKey.isBlank()) {
            throw new IllegalArgumentException("Digest item of step " + stepId + ": the recipient is required.");
        }
        Objects.requireNonNull(spaceKey, "spaceKey");
        Objects.requireNonNull(stepText, "stepText");
    }
}
