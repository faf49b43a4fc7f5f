package org.coachingconversations.domain.followup;

import java.util.List;
import org.coachingconversations.domain.actionstep.ActionStep;

/**
 * One batch of the overdue scan.
 *
 * @param newlyOverdue steps that became overdue and were never reported, in id order
 * @param resumeAfterId where the next batch starts; store it to resume after a restart
 * @param finished whether the scan has walked past the last candidate
 */
public record OverdueScanBatch(List<ActionStep> newlyOverdue, long resumeAfterId, boolean finished) {

    public OverdueScanBatch {
        newlyOverdue = List.copyOf(newlyOverdue);
    }
}
