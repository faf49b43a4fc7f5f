package org.coachingconversations.application.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.followup.ActionStepRepository;
import org.coachingconversations.domain.followup.OverdueFlag;
import org.coachingconversations.domain.followup.OverdueFlagLedger;
import org.coachingconversations.domain.followup.OverdueJudgement;
import org.coachingconversations.domain.followup.OverdueScanBatch;
import org.coachingconversations.domain.settings.SpaceSettingsStore;

/**
 * Runs the daily overdue scan: finds action steps that became overdue since they were last reported, walking every
 * space's open steps in id order, one bounded batch at a time, from a resume point. Which steps are overdue and still
 * owe a notice is {@link OverdueJudgement}'s rule.
 *
 * <p>The scan does not record flags: the caller records them (through {@link #markReported}) in the same transaction
 * as the digest outbox rows that tell the owners ({@link RunDailyFollowUp}), so a crash leaves both or neither.
 *
 * <p>One instance serves one scan run (it is not thread-safe): it reads each space's calendar once and keeps it for
 * the run's later batches, and asks for the calendars a batch needs in one call
 * ({@link SpaceSettingsStore#calendarsFor}), as one batch holds steps of hundreds of spaces. It reads only steps due
 * before the latest today among the time zones in use ({@link SpaceSettingsStore#timeZonesInUse}, read once per run),
 * so a quiet night reads no step that is due today in every space. Today is still taken from the clock for every
 * batch, so a run that crosses midnight judges later batches by the new date. A space moved during a run to a zone
 * ahead of all others has its steps due on its new today read by the next run: their notice is still owed.
 *
 * <p>{@link RunDailyFollowUp} (the daily job) constructs one per run: because it keeps state for one run it is not a
 * Spring component.
 */
public final class RunOverdueScan {

    public static final int MAX_BATCH_SIZE = 1000;

    private final ActionStepRepository steps;
    private final SpaceSettingsStore settings;
    private final OverdueFlagLedger ledger;
    private final Clock clock;
    private final Map<String, SchoolCalendar> calendarBySpace = new HashMap<>();
    private Set<ZoneId> zonesInUse;

    public RunOverdueScan(ActionStepRepository steps, SpaceSettingsStore settings, OverdueFlagLedger ledger,
            Clock clock) {
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
        if (zonesInUse == null) {
            zonesInUse = Set.copyOf(settings.timeZonesInUse());
        }
        List<ActionStep> candidates = steps.findOpenDueBeforeAfterId(OverdueJudgement.latestTodayIn(zonesInUse, clock),
                resumeAfterId, batchSize);
        if (candidates.isEmpty()) {
            return new OverdueScanBatch(List.of(), resumeAfterId, true);
        }
        readCalendarsOf(OverdueJudgement.spacesToJudge(candidates));
        Map<String, LocalDate> todayBySpace = new HashMap<>();
        List<ActionStep> overdue = OverdueJudgement.overdue(candidates,
                spaceKey -> todayBySpace.computeIfAbsent(spaceKey, this::todayIn));
        Set<OverdueFlag> reported = overdue.isEmpty() ? Set.of()
                : ledger.alreadyFlagged(overdue.stream().map(OverdueFlag::of).collect(Collectors.toList()));
        long lastId = candidates.get(candidates.size() - 1).id();
        return new OverdueScanBatch(OverdueJudgement.unreported(overdue, reported), lastId,
                candidates.size() < batchSize);
    }

    /** Records that these steps' owners were told just now, so later scans skip them. */
    public void markReported(List<ActionStep> reportedSteps) {
        if (!reportedSteps.isEmpty()) {
            ledger.record(reportedSteps, clock.instant());
        }
    }

    /** Reads the calendars this run has not seen yet, all in one call. */
    private void readCalendarsOf(Set<String> spaceKeys) {
        List<String> unread = spaceKeys.stream().filter(spaceKey -> !calendarBySpace.containsKey(spaceKey)).toList();
        if (!unread.isEmpty()) {
            calendarBySpace.putAll(settings.calendarsFor(unread));
        }
    }

    private LocalDate todayIn(String spaceKey) {
        return calendarBySpace.computeIfAbsent(spaceKey, key -> settings.get(key).calendar()).today(clock);
    }
}
