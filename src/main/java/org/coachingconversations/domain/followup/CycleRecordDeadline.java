package org.coachingconversations.domain.followup;

import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.timeline.Milestone;
import org.coachingconversations.domain.timeline.MilestoneStatus;

/** A Cycle Record waiting for a step (finalization or acknowledgement), with that step's deadline. */
public record CycleRecordDeadline(StoredCycleRecord record, Milestone milestone, MilestoneStatus status) {

    public boolean isMissed() {
        return status == MilestoneStatus.MISSED;
    }
}
