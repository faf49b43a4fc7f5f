package org.coachingconversations.domain.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDeadlines;

/**
 * Which steps an overdue scan read have become overdue and still owe their owners a notice. Each space has its own
 * time zone, so candidates are read by the latest today among the zones in use ({@link #latestTodayIn}; the latest
 * date anywhere on Earth when those are not known) and each is then judged by its own space's today, with the rule of
 * {@link ActionStepDeadlines#isOverdue}.
 */
public final class OverdueJudgement {

    private OverdueJudgement() {
    }

    /** No step that is overdue in any space is due on or after this date. */
    public static LocalDate latestDateOnEarth(Clock clock) {
        return LocalDate.now(clock.withZone(ZoneOffset.MAX));
    }

    /**
     * No step that is overdue in a space of one of these zones is due on or after this date: the latest of their
     * todays. Steps due on it or later are not read, so that a step due today in every space in use is not a candidate
     * merely because it is already tomorrow somewhere on Earth.
     */
    public static LocalDate latestTodayIn(Collection<ZoneId> zones, Clock clock) {
        return zones.stream()
                .map(zone -> LocalDate.now(clock.withZone(zone)))
                .max(Comparator.naturalOrder())
                .orElseGet(() -> latestDateOnEarth(clock));
    }

    /** The spaces whose today decides about these candidates: those of the open steps that have a due date. */
    public static Set<String> spacesToJudge(List<ActionStep> candidates) {
        Set<String> spaceKeys = new LinkedHashSet<>();
        candidates.stream().filter(OverdueJudgement::canBeOverdue).forEach(step -> spaceKeys.add(step.spaceKey()));
        return spaceKeys;
    }

    /**
     * The candidates that are overdue in their own space, in the order given.
     *
     * @param todayInSpace each space's today; asked only about {@link #spacesToJudge the spaces to judge}
     */
    public static List<ActionStep> overdue(List<ActionStep> candidates, Function<String, LocalDate> todayInSpace) {
        return candidates.stream()
                .filter(OverdueJudgement::canBeOverdue)
                .filter(step -> new ActionStepDeadlines(todayInSpace.apply(step.spaceKey()), 0).isOverdue(step))
                .toList();
    }

    /** The overdue steps whose owners were not yet told about their current due date. */
    public static List<ActionStep> unreported(List<ActionStep> overdue, Set<OverdueFlag> reported) {
        return overdue.stream().filter(step -> !reported.contains(OverdueFlag.of(step))).toList();
    }

    private static boolean canBeOverdue(ActionStep step) {
        return step.isOpen() && step.dueOn().isPresent();
    }
}
