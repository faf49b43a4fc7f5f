package org.coachingconversations.domain.followup;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

final class InMemoryOverdueFlagLedger implements OverdueFlagLedger {

    final Set<OverdueFlag> flags = new HashSet<>();

    @Override
    public Set<OverdueFlag> alreadyFlagged(Collection<OverdueFlag> candidates) {
        return candidates.stream().filter(flags::contains).collect(Collectors.toSet());
    }

    @Override
    public void record(Collection<OverdueFlag> recorded) {
        flags.addAll(recorded);
    }
}
