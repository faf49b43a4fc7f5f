package org.coachingconversations.domain.sps;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * A row left out of the analysis because it has fewer responses than the minimum. Only what
 * identifies the row is kept, never its results or its exact count, so that a small group's answers
 * cannot be read back.
 *
 * @param subgroup         the subgroup's name, or {@link SpsAnalysis#ALL_STUDENTS}
 * @param minimumResponses the minimum the row did not reach
 */
public record SuppressedRow(int line, String item, String element, String subgroup, int minimumResponses) {

    public static final String REASON_KEY = "coaching.sps.suppressed.reason";
    static final String ENGLISH_REASON = "Fewer than {0} responses";

    /** Why the row is hidden, in English; the bundle holds the same pattern under {@link #REASON_KEY}. */
    public String reason() {
        return new MessageFormat(ENGLISH_REASON, Locale.ENGLISH).format(new Object[] {minimumResponses});
    }
}
