package org.coachingconversations.domain.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A titled part of a guide with its description and prompt groups: a component of a coaching
 * conversation (seed 002) or a preparation step of the MQI planning guide (seed 004).
 */
public record Topic(String id, GuideText title, List<GuideText> paragraphs, List<PromptGroup> promptGroups)
        implements GuideItem {

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        promptGroups = List.copyOf(promptGroups);
    }

    @Override
    public List<GuideText> texts() {
        List<GuideText> texts = new ArrayList<>();
        texts.add(title);
        texts.addAll(paragraphs);
        promptGroups.forEach(group -> texts.addAll(group.texts()));
        return texts;
    }
}
