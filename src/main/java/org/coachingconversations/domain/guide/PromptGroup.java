package org.coachingconversations.domain.guide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A labelled list of prompts, e.g. "Consider:" with its questions, or "Coach Preparation:" with the
 * fields a coach fills in. A group may be a bare label when the seed has a sub-heading with nothing under it.
 */
public record PromptGroup(GuideText label, List<GuideText> prompts) {

    public PromptGroup {
        Objects.requireNonNull(label, "label");
        prompts = List.copyOf(prompts);
    }

    public static PromptGroup of(String labelKey, String... promptKeys) {
        return new PromptGroup(GuideText.of(labelKey), Arrays.stream(promptKeys).map(GuideText::of).toList());
    }

    List<GuideText> texts() {
        List<GuideText> texts = new ArrayList<>();
        texts.add(label);
        texts.addAll(prompts);
        return texts;
    }
}
