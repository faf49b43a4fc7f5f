package org.coachingconversations.domain.quality;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.coachingconversations.domain.guide.ConversationQuality;

/** Self-check input naming a quality that is not one of the seven. Nothing was written. */
public class UnknownQualityException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String candidate;

    UnknownQualityException(String field, String candidate) {
        super("\"" + candidate + "\" is not one of the seven qualities (" + Arrays.stream(ConversationQuality.values())
                .map(ConversationQuality::id).collect(Collectors.joining(", ")) + ").");
        this.field = field;
        this.candidate = candidate;
    }

    /** The id that names no quality, as it was sent. */
    public String candidate() {
        return candidate;
    }

    /** The input field that named it: {@code present} or {@code notes}. */
    public String field() {
        return field;
    }
}
