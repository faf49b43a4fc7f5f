package org.coachingconversations.domain.guide;

import java.util.Arrays;
import java.util.Optional;

/**
 * A value a guide text leaves open: the space's rubric (where a seed names one district's rubric), the
 * fields of the teacher e-mail (seed 004), and the length of an agenda step, which the renderer takes
 * from {@link AgendaStep#minutes()}. Each has a label and the seed's own sample value as an example,
 * both in the guide bundle.
 */
public enum GuideArgument {
    RUBRIC_NAME("rubric-name"),
    TEACHER_NAME("teacher-name"),
    MEETING_TIME("meeting-time"),
    FIRST_CLIP("first-clip"),
    SECOND_CLIP("second-clip"),
    STOCK_CLIP("stock-clip"),
    RUBRIC_CODES("rubric-codes"),
    COACH_NAME("coach-name"),
    MINUTES("minutes");

    private static final String KEY_PREFIX = "coaching.guide.argument.";

    private final String id;

    GuideArgument(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** What the value is, e.g. "Teacher name". */
    public String labelKey() {
        return KEY_PREFIX + id + ".label";
    }

    /** The seed's sample value, e.g. "Tuesday at 5pm", usable as an input hint. */
    public String exampleKey() {
        return KEY_PREFIX + id + ".example";
    }

    public static Optional<GuideArgument> fromId(String candidate) {
        return Arrays.stream(values()).filter(argument -> argument.id.equals(candidate)).findFirst();
    }
}
