package org.coachingconversations.domain.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.coachingconversations.domain.actionstep.ActionStep;

/**
 * Action steps in a list, answering queries the way the database does (pages in the trash left out, the owner key
 * compared without surrounding spaces); remembers every page asked for. {@link InMemoryActionStepRepositoryTest}
 * holds it to the contract the SQL repository passes.
 */
public final class InMemoryActionStepRepository implements ActionStepRepository {

    private final List<ActionStep> steps = new ArrayList<>();
    private final Set<Long> trashedPages = new HashSet<>();
    public final List<ResultPageRequest> pageRequests = new ArrayList<>();
    public final List<Integer> scanLimits = new ArrayList<>();

    public InMemoryActionStepRepository add(ActionStep... added) {
        steps.addAll(List.of(added));
        return this;
    }

    public void replace(ActionStep updated) {
        steps.removeIf(step -> step.id() == updated.id());
        steps.add(updated);
    }

    public InMemoryActionStepRepository trash(long pageId) {
        trashedPages.add(pageId);
        return this;
    }

    private Stream<ActionStep> visible() {
        return steps.stream().filter(step -> !trashedPages.contains(step.pageId()));
    }

    public List<ActionStep> all() {
        return List.copyOf(steps);
    }

    @Override
    public ResultPage<ActionStep> find(ActionStepQuery query, ResultPageRequest page) {
        pageRequests.add(page);
        List<ActionStep> matching = visible()
                .filter(step -> query.spaceKey().map(step.spaceKey()::equals).orElse(true))
                .filter(step -> query.ownerKey().map(owner -> step.ownerKey().equals(Optional.of(owner.strip())))
                        .orElse(true))
                .filter(step -> query.statuses().contains(step.status()))
                .filter(step -> query.dueFrom().isEmpty() && query.dueTo().isEmpty() || step.dueOn().isPresent())
                .filter(step -> query.dueFrom().map(from -> !step.dueOn().get().isBefore(from)).orElse(true))
                .filter(step -> query.dueTo().map(to -> !step.dueOn().get().isAfter(to)).orElse(true))
                .sorted(Comparator.comparing((ActionStep step) -> step.dueOn().orElse(LocalDate.MAX))
                        .thenComparingLong(ActionStep::id))
                .toList();
        return ResultPages.of(matching, page);
    }

    @Override
    public List<ActionStep> findOpenDueBeforeAfterId(LocalDate dueBefore, long afterId, int limit) {
        scanLimits.add(limit);
        if (limit < 1) {
            throw new IllegalArgumentException("Open steps due before " + dueBefore + ": the limit " + limit
                    + " must be at least 1.");
        }
        return visible()
                .filter(ActionStep::isOpen)
                .filter(step -> step.dueOn().filter(due -> due.isBefore(dueBefore)).isPresent())
                .filter(step -> step.id() > afterId)
                .sorted(Comparator.comparingLong(ActionStep::id))
                .limit(limit)
                .toList();
    }
}
