package org.coachingconversations.confluence.macro;

import org.coachingconversations.domain.guide.AgendaStep;
import org.coachingconversations.domain.guide.CoachingTask;
import org.coachingconversations.domain.guide.GuideItem;
import org.coachingconversations.domain.guide.GuideSection;
import org.coachingconversations.domain.guide.GuideSelection;
import org.coachingconversations.domain.guide.GuideSelection.ShownSection;
import org.coachingconversations.domain.guide.GuideText;
import org.coachingconversations.domain.guide.PromptGroup;
import org.coachingconversations.domain.guide.ProtocolPhase;
import org.coachingconversations.domain.guide.ProtocolStep;
import org.coachingconversations.domain.guide.QualityItem;
import org.coachingconversations.domain.guide.TextItem;
import org.coachingconversations.domain.guide.Topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns what the catalogue selected into the guide template's view model: structure kept, every text translated. */
final class GuideViews {

    static final String NO_MATCHING_STEPS_KEY = "coaching.guide.macro.no-matching-steps";
    static final String LIST_LAST_TWO = "coaching.messages.list.last-two";
    static final String LIST_FRONT = "coaching.messages.list.front";

    private final GuideTexts texts;

    GuideViews(GuideTexts texts) {
        this.texts = texts;
    }

    GuideView view(GuideSelection.Shown shown) {
        List<ProtocolPhase> phases = shown.filter().phase().map(List::of).orElse(List.of(ProtocolPhase.values()));
        List<GuideSectionView> sections = shown.sections().stream().map(section -> section(section, phases)).toList();
        return new GuideView(shown.guide().id(), texts.text(shown.guide().title()),
                shown.whole() ? texts.texts(shown.guide().introduction()) : List.of(), sections);
    }

    private GuideSectionView section(ShownSection shown, List<ProtocolPhase> phases) {
        GuideSection section = shown.section();
        String layout = layout(section);
        List<String> columns = new ArrayList<>();
        if (layout.equals("protocol")) {
            columns.add(label(section, "column.role"));
            columns.add(label(section, "column.action"));
            phases.forEach(phase -> columns.add(texts.text(GuideText.of(phase.nameKey()))));
        } else if (layout.equals("tasks")) {
            columns.add(label(section, "column.task"));
            columns.add(label(section, "column.resource"));
        }
        List<GuideItemView> items = shown.items().stream().map(item -> item(section, item, phases)).toList();
        String emptyMessage = shown.items().isEmpty() ? texts.key(NO_MATCHING_STEPS_KEY) : "";
        return new GuideSectionView(section.id(), section.title().map(texts::text).orElse(""), layout,
                texts.texts(section.introduction()), columns, items, texts.texts(shown.notes()), emptyMessage);
    }

    private static String layout(GuideSection section) {
        GuideItem first = section.items().get(0);
        if (first instanceof Topic) {
            return "topics";
        } else if (first instanceof QualityItem) {
            return "qualities";
        } else if (first instanceof ProtocolStep) {
            return "protocol";
        } else if (first instanceof CoachingTask) {
            return "tasks";
        } else if (first instanceof AgendaStep) {
            return "agenda";
        }
        return "lines";
    }

    private GuideItemView item(GuideSection section, GuideItem item, List<ProtocolPhase> phases) {
        if (item instanceof TextItem line) {
            String key = line.text().key();
            return GuideItemView.builder("line", key.substring(key.lastIndexOf('.') + 1))
                    .text(texts.text(line.text())).build();
        } else if (item instanceof Topic topic) {
            return GuideItemView.builder("topic", topic.id())
                    .title(texts.text(topic.title()))
                    .paragraphs(texts.texts(topic.paragraphs()))
                    .groups(groups(topic.promptGroups()))
                    .build();
        } else if (item instanceof QualityItem quality) {
            return GuideItemView.builder("quality", quality.quality().id())
                    .text(texts.text(quality.statement()))
                    .title(texts.text(quality.term()))
                    .detail(texts.text(quality.explanation()))
                    .build();
        } else if (item instanceof ProtocolStep step) {
            String types = observationTypes(step);
            return GuideItemView.builder("protocol-step", step.id())
                    .title(texts.text(GuideText.of(step.role().nameKey())))
                    .text(texts.text(step.action()))
                    .marker(step.footnoted() ? label(section, "footnote-marker") : "")
                    .cells(phases.stream().map(phase -> phase == step.phase() ? types : "").toList())
                    .build();
        } else if (item instanceof CoachingTask task) {
            return GuideItemView.builder("task", task.id())
                    .text(texts.text(task.task()))
                    .detail(task.resourceTool().map(texts::text).orElse(""))
                    .build();
        } else if (item instanceof AgendaStep step) {
            return GuideItemView.builder("agenda-step", step.id())
                    .marker(String.valueOf(step.number()))
                    .title(texts.text(step.title()))
                    .optional(step.optional())
                    .text(step.optional() ? label(section, "optional") : "")
                    .timeBox(section.label("minutes").map(label -> texts.minutes(label, step.minutes())).orElseThrow())
                    .detail(label(section, "goal"))
                    .goals(texts.texts(step.goals()))
                    .paragraphs(texts.texts(step.notes()))
                    .groups(groups(step.preparation()))
                    .build();
        }
        throw new IllegalArgumentException("No view for " + item);
    }

    private List<PromptGroupView> groups(List<PromptGroup> groups) {
        return groups.stream().map(group -> new PromptGroupView(texts.text(group.label()), texts.texts(group.prompts())))
                .toList();
    }

    /**
     * "Full, Focused &amp; Short" as the seed writes the types a step applies to; the language's list patterns join
     * the last two names, then put each earlier name in front.
     */
    private String observationTypes(ProtocolStep step) {
        List<String> names = step.observationTypes().stream()
                .map(type -> texts.text(GuideText.of(type.nameKey()))).toList();
        String joined = names.get(names.size() - 1);
        if (names.size() > 1) {
            joined = texts.key(LIST_LAST_TWO, names.get(names.size() - 2), joined);
        }
        for (int index = names.size() - 3; index >= 0; index--) {
            joined = texts.key(LIST_FRONT, names.get(index), joined);
        }
        return joined;
    }

    private String label(GuideSection section, String name) {
        Optional<GuideText> label = section.label(name);
        return label.map(texts::text)
                .orElseThrow(() -> new IllegalStateException("Section " + section.id() + " has no label " + name));
    }

}
