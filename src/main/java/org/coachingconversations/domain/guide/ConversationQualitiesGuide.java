package org.coachingconversations.domain.guide;

import java.util.List;
import java.util.Optional;

/**
 * Seed 001 as a guide: its framing texts and the seven qualities, and the rule for choosing which
 * qualities a reader asked to see.
 */
public final class ConversationQualitiesGuide {

    public static final String ID = "qualities";
    public static final String CONVERSATIONS = ID + "/conversations";

    public static final String TITLE_KEY = "coaching.guide.qualities.title";
    public static final String PURPOSE_KEY = "coaching.guide.qualities.purpose";
    public static final String INTRODUCTION_KEY = "coaching.guide.qualities.introduction";
    public static final String LIST_INTRODUCTION_KEY = "coaching.guide.qualities.list-introduction";
    public static final String LISTEN_IN_KEY = "coaching.guide.qualities.listen-in";

    private ConversationQualitiesGuide() {
    }

    /**
     * The seed as a catalogue guide: purpose and introduction, then one section with the seven qualities
     * (statement, term, explanation) followed by the seed's "Listen in" paragraph.
     */
    public static Guide guide() {
        return new Guide(ID, GuideText.of(TITLE_KEY),
                List.of(GuideText.of(PURPOSE_KEY), GuideText.of(INTRODUCTION_KEY)),
                List.of(GuideSection.builder(CONVERSATIONS)
                        .title(LIST_INTRODUCTION_KEY)
                        .items(allQualities().stream().map(QualityItem::new).toList())
                        .note(LISTEN_IN_KEY)
                        .build()));
    }

    public static List<ConversationQuality> allQualities() {
        return List.of(ConversationQuality.values());
    }

    /**
     * The qualities to show for a requested id: all seven when nothing was asked for, the one asked
     * for when it exists, and empty when the request names no quality.
     */
    public static Optional<List<ConversationQuality>> select(String requestedId) {
        if (requestedId == null || requestedId.isBlank()) {
            return Optional.of(allQualities());
        }
        return ConversationQuality.fromId(requestedId).map(List::of);
    }
}
