package org.coachingconversations.domain.guide;

import java.util.List;
import java.util.Objects;

/** A single line: a question, a prompt, a checklist line or a paragraph of a template. */
public record TextItem(GuideText text) implements GuideItem {

    public TextItem {
        Objects.requireNonNull(text, "text");
    }

    public static TextItem of(String key, GuideArgument... arguments) {
        return new TextItem(GuideText.of(key, arguments));
    }

    @Override
    public List<GuideText> texts() {
        return List.of(text);
    }
}
