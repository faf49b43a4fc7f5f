package org.coachingconversations.domain.timeline;

/** The deadlines a coaching cycle produces. */
public enum MilestoneKind {
    /** Seed 003: post-conference held within the window after the observation. */
    POST_CONFERENCE("post-conference"),
    /** Seed 003: Teacher Reflection Guide shared before the conference (Full and Focused only). */
    TEACHER_REFLECTION_SHARED("teacher-reflection-shared"),
    /** Seed 003: evidence and ratings shared with the teacher before the conference. */
    OBSERVER_RATINGS_SHARED("observer-ratings-shared"),
    /** Seed 003: ratings and Cycle Record finalized after the conference. */
    RECORD_FINALIZED("record-finalized"),
    /** Seed 003: teacher acknowledges receipt of, or objects to, the finalized record. */
    TEACHER_ACKNOWLEDGEMENT("teacher-acknowledgement"),
    /** Seed 003: the follow-up date set in the conference. */
    FOLLOW_UP("follow-up"),
    /** An action step's due date. */
    ACTION_STEP_DUE("action-step-due"),
    /** Seeds 002 and 004: the next conversation scheduled before this one ends. */
    NEXT_CONVERSATION("next-conversation");

    private final String id;

    MilestoneKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String nameKey() {
        return "coaching.timeline.milestone." + id;
    }
}
