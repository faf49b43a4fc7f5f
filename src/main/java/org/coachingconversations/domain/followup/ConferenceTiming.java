package org.coachingconversations.domain.followup;

import java.util.Optional;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.timeline.CycleRecordTimeline;
import org.coachingconversations.domain.timeline.DueWindow;
import org.coachingconversations.domain.timeline.WindowCheck;

/**
 * A post-conference outside its window.
 *
 * @param window the allowed dates, computed with the space's current calendar
 * @param check early or late and by how much; empty when no conference date was set and the
 *     window has closed
 */
public record ConferenceTiming(StoredCycleRecord record, DueWindow window, Optional<WindowCheck> check) {

    public ConferenceTiming {
        check = check == null ? Optional.empty() : check;
    }

    /** How the record's conference sits against its window by this space's timeline. */
    public static ConferenceTiming of(StoredCycleRecord record, CycleRecordTimeline timeline) {
        DueWindow window = timeline.conferenceWindow(record.dates().observedOn());
        return new ConferenceTiming(record, window, timeline.conferenceCheck(record.dates()));
    }

    public boolean isUnscheduled() {
        return check.isEmpty();
    }
}
