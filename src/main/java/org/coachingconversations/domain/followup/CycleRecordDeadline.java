package org.coachingconversations.domain.followup;

import java.time.LocalDate;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.timeline.CycleRecordTimeline;
import org.coachingconversations.domain.timeline.Milestone;
import org.coachingconversations.domain.timeline.MilestoneKind;
import org.coachingconversations.domain.timeline.MilestoneStatus;

/** A Cycle Record waiting for a step (finalization or acknowledgement), with that step's deadline. */
public record CycleRecordDeadline(StoredCycleRecord record, Milestone milestone, MilestoneStatus status) {

    /**
     * The deadline of the step the record waits for, by this space's timeline, as it stands today.
     *
     * @throws IllegalStateException when the record's dates do not reach that step: the query that listed it and
     *     the stored record disagree
     */
    public static CycleRecordDeadline of(StoredCycleRecord record, MilestoneKind kind, CycleRecordTimeline timeline,
            LocalDate today) {
        Milestone milestone = timeline.milestone(record.dates(), kind, today).orElseThrow(() -> new IllegalStateException(
                "Cycle Record on page " + record.pageId() + " was listed as waiting for " + kind.id()
                        + " but its dates do not reach that step; the stored record and its query disagree."));
        return new CycleRecordDeadline(record, milestone, milestone.statusOn(today));
    }

    public boolean isMissed() {
        return status == MilestoneStatus.MISSED;
    }
}
