package org.coachingconversations.domain.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a guide section into plain English lines through the bundle, so a test can compare a whole
 * section with the seed's text in one readable diff. Shapes: "# title", "¶ paragraph", "- line",
 * "## topic", "label" followed by "  - prompt", protocol rows "role | action | phase | types".
 */
final class GuideOutline {

    /** Sample values for every open argument, as a page or space would fill them. */
    static final Map<GuideArgument, Object> VALUES = Map.of(
            GuideArgument.RUBRIC_NAME, "Danielson",
            GuideArgument.TEACHER_NAME, "Maya",
            GuideArgument.MEETING_TIME, "Tuesday at 5pm",
            GuideArgument.FIRST_CLIP, "03:10-08:05",
            GuideArgument.SECOND_CLIP, "21:00-25:40",
            GuideArgument.STOCK_CLIP, "Ms. Adams: Fractions",
            GuideArgument.RUBRIC_CODES, "Richness of the Mathematics",
            GuideArgument.COACH_NAME, "Jordan",
            GuideArgument.MINUTES, 3);

    private final GuideBundle bundle;

    GuideOutline(GuideBundle bundle) {
        this.bundle = bundle;
    }

    String text(GuideText text) {
        return bundle.text(text, VALUES);
    }

    String outline(GuideSection section) {
        List<String> lines = new ArrayList<>();
        section.title().ifPresent(title -> lines.add("# " + text(title)));
        section.introduction().forEach(paragraph -> lines.add("¶ " + text(paragraph)));
        section.items().forEach(item -> lines.addAll(outline(item)));
        section.notes().forEach(note -> lines.add("¶ " + text(note)));
        return String.join("\n", lines);
    }

    private List<String> outline(GuideItem item) {
        List<String> lines = new ArrayList<>();
        if (item instanceof TextItem line) {
            lines.add("- " + text(line.text()));
        } else if (item instanceof Topic topic) {
            lines.add("## " + text(topic.title()));
            topic.paragraphs().forEach(paragraph -> lines.add("¶ " + text(paragraph)));
            topic.promptGroups().forEach(group -> lines.addAll(outline(group)));
        } else if (item instanceof QualityItem quality) {
            lines.add("- " + text(quality.statement()));
            lines.add("  \"" + text(quality.term()) + "\" " + text(quality.explanation()));
        } else if (item instanceof ProtocolStep step) {
            lines.add(text(GuideText.of(step.role().nameKey())) + " | " + text(step.action())
                    + (step.footnoted() ? " *" : "") + " | " + text(GuideText.of(step.phase().nameKey())) + " | "
                    + step.observationTypes().stream().map(type -> text(GuideText.of(type.nameKey())))
                    .collect(Collectors.joining(", ")));
        } else if (item instanceof AgendaStep step) {
            lines.add(step.number() + ". " + (step.optional() ? "(Optional) " : "") + text(step.title())
                    + " (" + step.minutes() + " min)");
            step.goals().forEach(goal -> lines.add("Goal: " + text(goal)));
            step.notes().forEach(note -> lines.add("¶ " + text(note)));
            step.preparation().forEach(group -> lines.addAll(outline(group)));
        } else if (item instanceof CoachingTask task) {
            lines.add(text(task.task()) + " | " + task.resourceTool().map(this::text).orElse(""));
        } else {
            throw new AssertionError("No outline for " + item);
        }
        return lines;
    }

    private List<String> outline(PromptGroup group) {
        List<String> lines = new ArrayList<>();
        lines.add(text(group.label()));
        group.prompts().forEach(prompt -> lines.add("  - " + text(prompt)));
        return lines;
    }
}
