package org.coachingconversations.domain.digest;

import java.time.LocalDate;
import java.util.Objects;

/** One step in a digest, on a page the recipient may view when the digest is sent. */
public record DigestLine(long pageId, String stepText, LocalDate dueOn) {

    public DigestLine {
        Objects.requireNonNull(stepText, "stepText");
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
