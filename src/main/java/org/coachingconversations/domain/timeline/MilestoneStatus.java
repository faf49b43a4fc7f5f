package org.coachingconversations.domain.timeline;

/** Where a milestone stands on a given day. */
public enum MilestoneStatus {
    /** Not done yet, and its last allowed day has not passed (a planned future date is pending). */
    PENDING,
    /** Done on or before today. */
    DONE,
    /** Not done and its last allowed day is before today. */
    MISSED
}
