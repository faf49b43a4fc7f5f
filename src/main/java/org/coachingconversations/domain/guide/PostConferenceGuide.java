package org.coachingconversations.domain.guide;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.coachingconversations.domain.guide.ObservationType.FOCUSED;
import static org.coachingconversations.domain.guide.ObservationType.FULL;
import static org.coachingconversations.domain.guide.ProtocolPhase.AFTER;
import static org.coachingconversations.domain.guide.ProtocolPhase.BEFORE;
import static org.coachingconversations.domain.guide.ProtocolPhase.DURING;
import static org.coachingconversations.domain.guide.ProtocolRole.OBSERVER;
import static org.coachingconversations.domain.guide.ProtocolRole.TEACHER;
import static org.coachingconversations.domain.guide.ProtocolRole.TEACHER_AND_OBSERVER;

/** Seed 003: the post-conferencing protocol behind the Cycle Record. */
public final class PostConferenceGuide {

    public static final String ID = "post-conference";
    public static final String PROTOCOL = ID + "/protocol";

    private static final String PREFIX = "coaching.guide.protocol.";
    private static final String STEP = PREFIX + "step.";
    private static final Set<ObservationType> ALL_TYPES = EnumSet.allOf(ObservationType.class);
    private static final Set<ObservationType> FULL_AND_FOCUSED = EnumSet.of(FULL, FOCUSED);

    private PostConferenceGuide() {
    }

    public static Guide guide() {
        return new Guide(ID, GuideText.of(PREFIX + "title"), List.of(GuideText.of(PREFIX + "introduction")),
                List.of(protocol()));
    }

    /** Every step in the seed's row order. */
    public static List<ProtocolStep> steps() {
        return List.of(
                step("schedule", TEACHER_AND_OBSERVER, BEFORE, ALL_TYPES),
                step("reflect-on-lesson", TEACHER, BEFORE, ALL_TYPES),
                step("complete-reflection-guide", TEACHER, BEFORE, FULL_AND_FOCUSED),
                step("review-reflection-guide", OBSERVER, BEFORE, FULL_AND_FOCUSED),
                new ProtocolStep("rate-evidence", OBSERVER, GuideText.of(STEP + "rate-evidence", GuideArgument.RUBRIC_NAME),
                        BEFORE, ALL_TYPES, false),
                step("read-evidence", TEACHER, BEFORE, ALL_TYPES),
                step("plan-talking-points", OBSERVER, BEFORE, ALL_TYPES),
                new ProtocolStep("conference", TEACHER_AND_OBSERVER,
                        GuideText.of(STEP + "conference", GuideArgument.RUBRIC_NAME), DURING, ALL_TYPES, true),
                step("finalize-record", OBSERVER, AFTER, ALL_TYPES),
                // The seed marks the acknowledgement "During" although the teacher can only acknowledge
                // the record after the observer finalized it; the seed's marking is kept as published.
                step("acknowledge", TEACHER, DURING, ALL_TYPES),
                step("provide-support", OBSERVER, AFTER, ALL_TYPES),
                step("begin-next-steps", TEACHER, AFTER, ALL_TYPES),
                step("follow-timeline", OBSERVER, AFTER, ALL_TYPES));
    }

    private static ProtocolStep step(String id, ProtocolRole role, ProtocolPhase phase, Set<ObservationType> types) {
        return new ProtocolStep(id, role, GuideText.of(STEP + id), phase, types, false);
    }

    private static GuideSection protocol() {
        return GuideSection.builder(PROTOCOL)
                .items(steps())
                .note(PREFIX + "footnote")
                .label("column.role", PREFIX + "column.role")
                .label("column.action", PREFIX + "column.action")
                .label("footnote-marker", PREFIX + "footnote-marker")
                .build();
    }
}
