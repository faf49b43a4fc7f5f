package org.coachingconversations.domain.followup;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Reads the overdue ledger ({@link OverdueFlagLedger}): since when each step has been flagged overdue. */
public interface OverdueFlagHistory {

    /** When each of these flags was recorded; flags never recorded are absent. One query per 500 steps. */
    Map<OverdueFlag, Instant> flaggedAt(Collection<OverdueFlag> flags);
}
