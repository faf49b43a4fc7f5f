package org.coachingconversations.domain.guide;

import java.util.Arrays;
import java.util.List;

/** Seed 000: the Student Perception Survey coaching conversations guide for teachers. */
public final class SpsGuide {

    public static final String ID = "sps";
    public static final String INITIAL_REFLECTION = ID + "/initial-reflection";
    public static final String DIG_INTO_DATA = ID + "/dig-into-data";
    public static final String CONCLUSIONS = ID + "/conclusions";

    private static final String PREFIX = "coaching.guide.sps.";

    private SpsGuide() {
    }

    public static Guide guide() {
        return new Guide(ID, GuideText.of(PREFIX + "title"), List.of(GuideText.of(PREFIX + "introduction")), List.of(
                section(INITIAL_REFLECTION, "initial-reflection",
                        "feeling-now", "feeling-first", "feelings-changed", "share", "surprises", "proud",
                        "strength", "concerned", "growth", "wondering", "confused"),
                section(DIG_INTO_DATA, "dig-into-data",
                        "learn", "above-average", "below-average", "most-always", "most-never", "periods-grades",
                        "subgroups", "other-data", "growth-goals", "rubric", "proficiency", "learning-outcomes"),
                section(CONCLUSIONS, "conclusions",
                        "strengths", "review-rubric", "growth", "action-steps")));
    }

    private static GuideSection section(String id, String name, String... questions) {
        String sectionPrefix = PREFIX + name + ".";
        return GuideSection.builder(id)
                .title(sectionPrefix + "title")
                .lines(Arrays.stream(questions).map(question -> sectionPrefix + question).toArray(String[]::new))
                .build();
    }
}
