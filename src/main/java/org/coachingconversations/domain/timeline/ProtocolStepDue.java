package org.coachingconversations.domain.timeline;

import java.util.Optional;

/**
 * When a step of the post-conference protocol (seed 003) falls due. Steps with a milestone take its window; the other
 * preparations are due before the post-conference; what follows finalization has no date until the record is
 * finalized or the timeline is set.
 *
 * @param milestone the milestone whose window the step takes, for {@link When#IN_WINDOW}
 */
public record ProtocolStepDue(When when, Optional<MilestoneKind> milestone) {

    /** How a step's due date is given. */
    public enum When {
        /** In the window of {@link ProtocolStepDue#milestone}. */
        IN_WINDOW,
        /** Before the post-conference date. */
        BEFORE_CONFERENCE,
        /** On the post-conference date. */
        ON_CONFERENCE,
        /** In the acknowledgement window counted from a finalization that has not happened yet. */
        AFTER_FINALIZATION,
        /** As the implementation timeline agreed in the conference says. */
        AS_IN_TIMELINE
    }

    /**
     * The rule for the protocol step with this id.
     *
     * @throws IllegalStateException for a step the protocol does not have
     */
    public static ProtocolStepDue of(String stepId) {
        return switch (stepId) {
            case "schedule" -> inWindow(MilestoneKind.POST_CONFERENCE);
            case "complete-reflection-guide" -> inWindow(MilestoneKind.TEACHER_REFLECTION_SHARED);
            case "rate-evidence" -> inWindow(MilestoneKind.OBSERVER_RATINGS_SHARED);
            case "reflect-on-lesson", "review-reflection-guide", "read-evidence", "plan-talking-points" ->
                    new ProtocolStepDue(When.BEFORE_CONFERENCE, Optional.empty());
            case "conference" -> new ProtocolStepDue(When.ON_CONFERENCE, Optional.empty());
            case "finalize-record" -> inWindow(MilestoneKind.RECORD_FINALIZED);
            case "acknowledge" -> new ProtocolStepDue(When.AFTER_FINALIZATION, Optional.empty());
            case "provide-support", "begin-next-steps", "follow-timeline" ->
                    new ProtocolStepDue(When.AS_IN_TIMELINE, Optional.empty());
            default -> throw new IllegalStateException("The Cycle Record has no due date rule for protocol step "
                    + stepId);
        };
    }

    private static ProtocolStepDue inWindow(MilestoneKind kind) {
        return new ProtocolStepDue(When.IN_WINDOW, Optional.of(kind));
    }
}
