package org.coachingconversations.domain.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.settings.SpaceSettingsStore;

/**
 * Finds action steps that became overdue since they were last reported, walking every space's
 * open steps in id order, one bounded batch at a time, from a resume point.
 *
 * <p>Each space has its own time zone, so the database is asked for steps due before the latest
 * date anywhere on Earth, and each candidate is then checked against its own space's today. The
 * scan does not record flags: the caller records them (through {@link #markReported}) after the
 * owners were told, so a crash between the two repeats a notice rather than losing one.
 *
 * <p>One instance serves one scan run (it is not thread-safe): it reads each space's calendar once and keeps it for
 * the run's later batches, and asks for the calendars a batch needs in one call, as one batch holds steps of
 * hundreds of spaces. Today is still taken from the clock for
 * every batch, so a run that crosses midnight judges later batches by the new date.
 */
public final class OverdueScan {

    public static final int MAX_BATCH_SIZE = 1000;

    private final ActionStepRepository steps;
    private final SpaceSettingsStore settings;
    private final OverdueFlagLedger ledger;
    private final Clock clock;
    private final Map<String, SchoolCalendar> calendarBySpace = new HashMap<>();

    public OverdueScan(ActionStepRepository steps, SpaceSettingsStore settings, OverdueFlagLedger ledger, Clock clock) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The next batch after {@code resumeAfterId} (0 to start from the beginning).
     *
     * @param batchSize how many candidate steps to read, 1 to {@value #MAX_BATCH_SIZE}
     */
    public OverdueScanBatch next(long resumeAfterId, int batchSize) {
        if (resumeAfterId < 0) {
            throw new IllegalArgumentException("Overdue scan: the resume point " + resumeAfterId
                    + " cannot be negative.");
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("Overdue scan: the batch size " + batchSize + " must be between 1 and "
                    + MAX_BATCH_SIZE + ".");
        }
        LocalDate latestDateOnEarth = LocalDate.now(clock.withZone(ZoneOffset.MAX));
        List<ActionStep> candidates = steps.findOpenDueBeforeAfterId(latestDateOnEarth, resumeAfterId, batchSize);
        if (candidates.isEmpty()) {
            return new OverdueScanBatch(List.of(), resumeAfterId, true);
        }
        List<ActionStep> dated = candidates.stream()
                .filter(ActionStep::isOpen)
                .filter(step -> step.dueOn().isPresent())
                .toList();
        readCalendarsOf(dated);
        Map<String, LocalDate> todayBySpace = new HashMap<>();
        List<ActionStep> overdue = dated.stream()
                .filter(step -> step.dueOn().get().isBefore(
                        todayBySpace.computeIfAbsent(step.spaceKey(), this::todayIn)))
                .toList();
        Set<OverdueFlag> reported = overdue.isEmpty() ? Set.of()
                : ledger.alreadyFlagged(overdue.stream().map(OverdueFlag::of).collect(Collectors.toList()));
        List<ActionStep> newlyOverdue = overdue.stream()
                .filter(step -> !reported.contains(OverdueFlag.of(step)))
                .toList();
        long lastId = candidates.get(candidates.size() - 1).id();
        return new OverdueScanBatch(newlyOverdue, lastId, candidates.size() < batchSize);
    }

    /** Records that these steps' owners were told just now, so later scans skip them. */
    public void markReported(List<ActionStep> reportedSteps) {
        if (!reportedSteps.isEmpty()) {
            ledger.record(reportedSteps, clock.instant());
        }
    }

    /** Reads the calendars this run has not seen yet, all in one call. */
    private void readCalendarsOf(List<ActionStep> dated) {
        Set<String> unread = dated.stream().map(ActionStep::spaceKey)
                .filter(spaceKey -> !calendarBySpace.containsKey(spaceKey))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!unread.isEmpty()) {
            calendarBySpace.putAll(settings.calendarsFor(unread));
        }
    }

    private LocalDate todayIn(String spaceKey) {
        return calendarBySpace.computeIfAbsent(spaceKey, key -> settings.get(key).calendar()).today(clock);
    }
}
