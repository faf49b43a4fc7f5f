package org.coachingconversations.domain.followup;

import java.util.Collection;
import java.util.Set;

/** Remembers which steps were already reported overdue, so no owner hears about one twice. */
public interface OverdueFlagLedger {

    /** The flags among {@code candidates} that were recorded before; one query per call. */
    Set<OverdueFlag> alreadyFlagged(Collection<OverdueFlag> candidates);

    /** Records flags once their owners were told. Recording a flag twice is harmless. */
    void record(Collection<OverdueFlag> flags);
}
