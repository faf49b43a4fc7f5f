package org.coachingconversations.domain.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.actionstep.ActionStep;

/** Action steps in a list, answering queries the way the database does; remembers every page asked for. */
final class InMemoryActionStepRepository implements ActionStepRepository {

    private final List<ActionStep> steps = new ArrayList<>();
    final List<PageRequest> pageRequests = new ArrayList<>();
    final List<Integer> scanLimits = new ArrayList<>();

    InMemoryActionStepRepository add(ActionStep... added) {
        steps.addAll(List.of(added));
        return this;
    }

    void replace(ActionStep updated) {
        steps.removeIf(step -> step.id() == updated.id());
        steps.add(updated);
    }

    List<ActionStep> all() {
        return List.copyOf(steps);
    }

    @Override
    public Page<ActionStep> find(ActionStepQuery query, PageRequest page) {
        pageRequests.add(page);
        List<ActionStep> matching = steps.stream()
                .filter(step -> query.spaceKey().map(step.spaceKey()::equals).orElse(true))
                .filter(step -> query.ownerKey().map(owner -> step.ownerKey().equals(Optional.of(owner)))
                        .orElse(true))
                .filter(step -> query.statuses().contains(step.status()))
                .filter(step -> query.dueFrom().isEmpty() && query.dueTo().isEmpty() || step.dueOn().isPresent())
                .filter(step -> query.dueFrom().map(from -> !step.dueOn().get().isBefore(from)).orElse(true))
                .filter(step -> query.dueTo().map(to -> !step.dueOn().get().isAfter(to)).orElse(true))
                .sorted(Comparator.comparing((ActionStep step) -> step.dueOn().orElse(LocalDate.MAX))
                        .thenComparingLong(ActionStep::id))
                .toList();
        return Pages.of(matching, page);
    }

    @Override
    public List<ActionStep> findOpenDueBeforeAfterId(LocalDate dueBefore, long afterId, int limit) {
        scanLimits.add(limit);
        return steps.stream()
                .filter(ActionStep::isOpen)
                .filter(step -> step.dueOn().filter(due -> due.isBefore(dueBefore)).isPresent())
                .filter(step -> step.id() > afterId)
                .sorted(Comparator.comparingLong(ActionStep::id))
                .limit(limit)
                .toList();
    }
}
