package org.coachingconversations.domain.followup;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.coachingconversations.domain.actionstep.ActionStep;

/**
 * Remembers which steps were already reported overdue, so no owner hears about one twice. It is also the record
 * of the notices sent: which step, for which due date, to whom, and when.
 */
public interface OverdueFlagLedger {

    /** The flags among {@code candidates} that were recorded before; one query per call. */
    Set<OverdueFlag> alreadyFlagged(Collection<OverdueFlag> candidates);

    /**
     * Records that the owners of these overdue steps were told at {@code sentAt}, keyed by {@link OverdueFlag#of}.
     * Recording a flag twice is harmless: the first record stays.
     */
    void record(Collection<ActionStep> reportedSteps, Instant sentAt);
}
