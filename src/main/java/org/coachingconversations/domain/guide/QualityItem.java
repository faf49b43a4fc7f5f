package org.coachingconversations.domain.guide;

import java.util.List;
import java.util.Objects;

/** One of the seven conversation qualities (seed 001): the list statement, the term and its explanation. */
public record QualityItem(ConversationQuality quality) implements GuideItem {

    public QualityItem {
        Objects.requireNonNull(quality, "quality");
    }

    public GuideText statement() {
        return GuideText.of(quality.statementKey());
    }

    public GuideText term() {
        return GuideText.of(quality.termKey());
    }

    public GuideText explanation() {
        return GuideText.of(quality.explanationKey());
    }

    @Override
    public List<GuideText> texts() {
        return List.of(statement(), term(), explanation());
    }
}
