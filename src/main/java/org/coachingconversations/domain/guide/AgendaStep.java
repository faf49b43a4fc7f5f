package org.coachingconversations.domain.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One timed step of the 60-minute MQI coaching conversation (seed 004): its goal(s), notes, and the
 * questions a coach prepares. {@code optional} is the seed's "(Optional)" mark.
 */
public record AgendaStep(int number, String id, GuideText title, int minutes, boolean optional,
                         List<GuideText> goals, List<GuideText> notes, List<PromptGroup> preparation)
        implements GuideItem {

    public AgendaStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (number < 1) {
            throw new IllegalArgumentException("Agenda step " + id + " needs a number of 1 or more, not " + number);
        }
        if (minutes < 1) {
            throw new IllegalArgumentException("Agenda step " + id + " needs at least one minute, not " + minutes);
        }
        goals = List.copyOf(goals);
        notes = List.copyOf(notes);
        preparation = List.copyOf(preparation);
    }

    @Override
    public List<GuideText> texts() {
        List<GuideText> texts = new ArrayList<>();
        texts.add(title);
        texts.addAll(goals);
        texts.addAll(notes);
        preparation.forEach(group -> texts.addAll(group.texts()));
        return texts;
    }
}
