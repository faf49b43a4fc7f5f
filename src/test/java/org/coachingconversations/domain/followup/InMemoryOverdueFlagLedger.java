package org.coachingconversations.domain.followup;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coachingconversations.domain.actionstep.ActionStep;

/**
 * The flags in a set. Like the database it refuses an unsaved step or a missing time, recording nothing;
 * {@link InMemoryOverdueFlagLedgerTest} holds it to the contract the SQL ledger passes.
 */
public final class InMemoryOverdueFlagLedger implements OverdueFlagLedger {

    public final Set<OverdueFlag> flags = new HashSet<>();

    @Override
    public Set<OverdueFlag> alreadyFlagged(Collection<OverdueFlag> candidates) {
        return candidates.stream().filter(flags::contains).collect(Collectors.toSet());
    }

    @Override
    public void record(Collection<ActionStep> reportedSteps, Instant sentAt) {
        if (sentAt == null) {
            throw new IllegalArgumentException("Overdue notices: the time they were sent is required.");
        }
        List<ActionStep> steps = List.copyOf(reportedSteps);
        for (ActionStep step : steps) {
            if (step.id() == ActionStep.UNSAVED_ID) {
                throw new IllegalArgumentException("Overdue notices: a step that is not stored (\""
                        + step.description() + "\") cannot be recorded.");
            }
        }
        steps.stream().map(OverdueFlag::of).forEach(flags::add);
    }
}
