package org.coachingconversations.domain.guide;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The seven qualities of conversations that improve student achievement (seed 001), in the seed's
 * order. Their wording lives in the i18n bundle under {@code coaching.guide.qualities.<id>.*}.
 */
public enum ConversationQuality {
    SUBSTANTIVE("substantive"),
    RECENT_INFORMATION("recent-information"),
    SPRING_FROM_QUESTIONS("spring-from-questions"),
    NON_DEFENSIVE("non-defensive"),
    EACH_OTHER_AS_PEOPLE("each-other-as-people"),
    PROFESSIONAL_KNOWLEDGE("professional-knowledge"),
    LEAD_TO_ACTION("lead-to-action");

    private static final String KEY_PREFIX = "coaching.guide.qualities.";

    private final String id;

    ConversationQuality(String id) {
        this.id = id;
    }

    /** Stable identifier used in macro parameters, storage and URLs. */
    public String id() {
        return id;
    }

    /** The list item as the seed words it, e.g. "are substantive". */
    public String statementKey() {
        return KEY_PREFIX + id + ".statement";
    }

    /** The quoted term the seed explains, e.g. "Substantive". */
    public String termKey() {
        return KEY_PREFIX + id + ".term";
    }

    /** What the term means, in the seed's words. */
    public String explanationKey() {
        return KEY_PREFIX + id + ".explanation";
    }

    /** Finds a quality by id, ignoring case and surrounding blanks. */
    public static Optional<ConversationQuality> fromId(String candidate) {
        if (candidate == null) {
            return Optional.empty();
        }
        String wanted = candidate.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(quality -> quality.id.equals(wanted)).findFirst();
    }
}
