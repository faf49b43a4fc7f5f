package org.coachingconversations.domain.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One line of the MQI coaching-task checklist (seed 004) and the resource tool it uses, when it names one. */
public record CoachingTask(String id, GuideText task, Optional<GuideText> resourceTool) implements GuideItem {

    public CoachingTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(resourceTool, "resourceTool");
    }

    @Override
    public List<GuideText> texts() {
        List<GuideText> texts = new ArrayList<>();
        texts.add(task);
        resourceTool.ifPresent(texts::add);
        return texts;
    }
}
