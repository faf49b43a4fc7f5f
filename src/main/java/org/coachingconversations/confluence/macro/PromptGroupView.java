package org.coachingconversations.confluence.macro;

import java.util.List;

/** A labelled list of prompts ("Consider:", "Coach Preparation:"), translated. Immutable. */
public final class PromptGroupView {

    private final String label;
    private final List<String> prompts;

    public PromptGroupView(String label, List<String> prompts) {
        this.label = label;
        this.prompts = List.copyOf(prompts);
    }

    public String getLabel() {
        return label;
    }

    public List<String> getPrompts() {
        return prompts;
    }

    /** Whether the label has prompts under it (a bare sub-heading has none). */
    public boolean isPrompted() {
        return !prompts.isEmpty();
    }
}
