package org.coachingconversations.domain.followup;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.coachingconversations.domain.actionstep.ActionStep;

final class InMemoryOverdueFlagLedger implements OverdueFlagLedger {

    final Set<OverdueFlag> flags = new HashSet<>();

    @Override
    public Set<OverdueFlag> alreadyFlagged(Collection<OverdueFlag> candidates) {
        return candidates.stream().filter(flags::contains).collect(Collectors.toSet());
    }

    @Override
    public void record(Collection<ActionStep> reportedSteps, Instant sentAt) {
        reportedSteps.stream().map(OverdueFlag::of).forEach(flags::add);
    }
}
