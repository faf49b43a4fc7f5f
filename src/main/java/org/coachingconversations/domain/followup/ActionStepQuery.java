package org.coachingconversations.domain.followup;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.actionstep.ActionStepStatus;

/**
 * Which action steps to find: always narrowed by space or owner, so no query can ask for every
 * step there is. Each criterion maps to an indexed column (space, owner, status, due date).
 *
 * @param dueFrom first due date included; empty for no lower bound
 * @param dueTo last due date included; empty for no upper bound. With either bound set, steps
 *     without a due date never match.
 */
public record ActionStepQuery(
        Optional<String> spaceKey,
        Optional<String> ownerKey,
        Set<ActionStepStatus> statuses,
        Optional<LocalDate> dueFrom,
        Optional<LocalDate> dueTo) {

    public ActionStepQuery {
        spaceKey = spaceKey == null ? Optional.empty() : spaceKey.filter(key -> !key.isBlank());
        ownerKey = ownerKey == null ? Optional.empty() : ownerKey.filter(key -> !key.isBlank());
        if (spaceKey.isEmpty() && ownerKey.isEmpty()) {
            throw new IllegalArgumentException("Action step query: name a space or an owner.");
        }
        if (statuses == null || statuses.isEmpty()) {
            throw new IllegalArgumentException("Action step query: name at least one status.");
        }
        statuses = Set.copyOf(EnumSet.copyOf(statuses));
        dueFrom = dueFrom == null ? Optional.empty() : dueFrom;
        dueTo = dueTo == null ? Optional.empty() : dueTo;
        if (dueFrom.isPresent() && dueTo.isPresent() && dueTo.get().isBefore(dueFrom.get())) {
            throw new IllegalArgumentException("Action step query: the due-date range ends (" + dueTo.get()
                    + ") before it starts (" + dueFrom.get() + ").");
        }
    }

    /** Open steps of a space due before {@code today}. */
    public static ActionStepQuery overdueInSpace(String spaceKey, LocalDate today) {
        return new ActionStepQuery(Optional.of(spaceKey), Optional.empty(), Set.of(ActionStepStatus.OPEN),
                Optional.empty(), Optional.of(today.minusDays(1)));
    }

    /** Open steps of a space due from {@code today} to {@code until}, both included. */
    public static ActionStepQuery dueSoonInSpace(String spaceKey, LocalDate today, LocalDate until) {
        return new ActionStepQuery(Optional.of(spaceKey), Optional.empty(), Set.of(ActionStepStatus.OPEN),
                Optional.of(today), Optional.of(until));
    }

    /** Open steps one person owns, in every space. */
    public static ActionStepQuery openForOwner(String ownerKey) {
        return new ActionStepQuery(Optional.empty(), Optional.of(ownerKey), Set.of(ActionStepStatus.OPEN),
                Optional.empty(), Optional.empty());
    }
}
