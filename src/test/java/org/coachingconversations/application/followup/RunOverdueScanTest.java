package org.coachingconversations.application.followup;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.anActionStep;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.followup.FixedSpaceSettings;
import org.coachingconversations.domain.followup.InMemoryActionStepRepository;
import org.coachingconversations.domain.followup.InMemoryOverdueFlagLedger;
import org.coachingconversations.domain.followup.OverdueScanBatch;
import org.coachingconversations.domain.settings.InMemorySpaceSettingsStore;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.junit.Test;

public class RunOverdueScanTest {

    /** 03:00 UTC on Thursday 2024-01-18: still the 17th in Denver, already the 18th in Berlin. */
    private static final Clock EARLY_UTC = Clock.fixed(Instant.parse("2024-01-18T03:00:00Z"), ZoneOffset.UTC);

    private final InMemoryActionStepRepository steps = new InMemoryActionStepRepository();
    private final FixedSpaceSettings schedules = new FixedSpaceSettings(
            SchoolCalendar.standard(ZoneId.of("America/Denver")))
            .with("EU", SchoolCalendar.standard(ZoneId.of("Europe/Berlin")));
    private final InMemoryOverdueFlagLedger ledger = new InMemoryOverdueFlagLedger();

    private final RunOverdueScan target = new RunOverdueScan(steps, schedules, ledger, EARLY_UTC);

    private static List<Long> ids(List<ActionStep> found) {
        return found.stream().map(ActionStep::id).toList();
    }

    @Test
    public void next_shouldJudgeEachStepByItsOwnSpacesToday() {
        // Given: both due on the 17th
        steps.add(anActionStep().withId(1).inSpace("SCH").dueOn("2024-01-17").build(),
                anActionStep().withId(2).inSpace("EU").dueOn("2024-01-17").build(),
                anActionStep().withId(3).inSpace("SCH").dueOn("2024-01-16").build());

        // When
        OverdueScanBatch batch = target.next(0, 100);

        // Then
        assertEquals(List.of(2L, 3L), ids(batch.newlyOverdue()));
        assertTrue(batch.finished());
    }

    @Test
    public void next_shouldSkipStepsAlreadyReported_forTheSameDueDate() {
        // Given
        ActionStep step = anActionStep().withId(1).dueOn("2024-01-10").build();
        steps.add(step);
        target.markReported(List.of(step));

        // When
        OverdueScanBatch batch = target.next(0, 100);

        // Then
        assertEquals(List.of(), batch.newlyOverdue());
    }

    @Test
    public void next_shouldReportAgain_whenTheDueDateWasMovedAndSlippedAgain() {
        // Given: reported for 2024-01-10, then rescheduled to 2024-01-15 and missed again
        ActionStep step = anActionStep().withId(1).dueOn("2024-01-10").build();
        steps.add(step);
        target.markReported(List.of(step));
        steps.replace(step.withDueOn(LocalDate.parse("2024-01-15")));

        // When
        OverdueScanBatch batch = target.next(0, 100);

        // Then
        assertEquals(List.of(1L), ids(batch.newlyOverdue()));
    }

    @Test
    public void next_shouldNotReportAgain_whenAReportedStepIsReopenedWithTheSameDate() {
        // Given
        ActionStep step = anActionStep().withId(1).dueOn("2024-01-10").build();
        steps.add(step);
        target.markReported(List.of(step));
        steps.replace(step.complete(LocalDate.parse("2024-01-16")).reopen(LocalDate.parse("2024-01-17")));

        // When / Then
        assertEquals(List.of(), target.next(0, 100).newlyOverdue());
    }

    @Test
    public void next_shouldWalkInIdOrderedBatches_andResumeWhereItStopped() {
        // Given: five overdue steps, one not yet due, one done
        for (long id = 1; id <= 5; id++) {
            steps.add(anActionStep().withId(id * 10).dueOn("2024-01-0" + id).build());
        }
        steps.add(anActionStep().withId(60).dueOn("2024-02-01").build(),
                anActionStep().withId(70).dueOn("2024-01-02").doneOn("2024-01-03").build());

        // When
        List<Long> found = new ArrayList<>();
        List<Long> resumePoints = new ArrayList<>();
        long resumeAfter = 0;
        OverdueScanBatch batch;
        do {
            batch = target.next(resumeAfter, 2);
            found.addAll(ids(batch.newlyOverdue()));
            resumeAfter = batch.resumeAfterId();
            resumePoints.add(resumeAfter);
        } while (!batch.finished());

        // Then
        assertEquals(List.of(10L, 20L, 30L, 40L, 50L), found);
        assertEquals(List.of(20L, 40L, 50L), resumePoints);
        assertTrue(steps.scanLimits.stream().allMatch(limit -> limit == 2));
    }

    @Test
    public void next_shouldReportFinishedAndKeepTheResumePoint_whenNothingIsLeft() {
        // When
        OverdueScanBatch batch = target.next(42, 10);

        // Then
        assertTrue(batch.finished());
        assertEquals(42, batch.resumeAfterId());
    }

    @Test
    public void next_shouldNotBeFinished_whenTheBatchWasFull() {
        // Given
        steps.add(anActionStep().withId(1).dueOn("2024-01-10").build(),
                anActionStep().withId(2).dueOn("2024-01-10").build());

        // When
        OverdueScanBatch batch = target.next(0, 2);

        // Then
        assertFalse(batch.finished());
        assertEquals(2, batch.resumeAfterId());
    }

    @Test
    public void next_shouldRefuseABatchSizeOutOfRange() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> target.next(0, 0));

        // Then
        assertEquals("Overdue scan: the batch size 0 must be between 1 and 1000.", refusal.getMessage());
    }

    @Test
    public void next_shouldReadEachSpacesCalendarOnceInOneCall_acrossTheBatchesOfOneRun() {
        // Given: steps of two spaces interleaved over three batches
        for (long id = 1; id <= 6; id++) {
            steps.add(anActionStep().withId(id).inSpace(id % 2 == 0 ? "EU" : "SCH").dueOn("2024-01-10").build());
        }

        // When
        OverdueScanBatch first = target.next(0, 2);
        OverdueScanBatch second = target.next(first.resumeAfterId(), 2);
        OverdueScanBatch third = target.next(second.resumeAfterId(), 2);

        // Then
        assertEquals(List.of(5L, 6L), ids(third.newlyOverdue()));
        assertEquals(Map.of("EU", 1, "SCH", 1), schedules.reads());
        assertEquals(List.of(List.of("SCH", "EU")), schedules.calendarsForCalls());
    }

    @Test
    public void next_shouldNotReadStepsDueOnTheLatestTodayOfTheZonesInUse_whenItIsAlreadyTomorrowElsewhereOnEarth() {
        // Given: at noon UTC it is the 18th in Berlin, already the 19th in Kiribati, where no space is
        Clock noonUtc = Clock.fixed(Instant.parse("2024-01-18T12:00:00Z"), ZoneOffset.UTC);
        FixedSpaceSettings berlinOnly = new FixedSpaceSettings(SchoolCalendar.standard(ZoneId.of("Europe/Berlin")));
        steps.add(anActionStep().withId(1).inSpace("EU").dueOn("2024-01-18").build());
        RunOverdueScan scan = new RunOverdueScan(steps, berlinOnly, ledger, noonUtc);

        // When
        OverdueScanBatch batch = scan.next(0, 100);

        // Then: the step due today in Berlin was not even a candidate, so no calendar was read
        assertEquals(List.of(), batch.newlyOverdue());
        assertTrue(batch.finished());
        assertEquals(List.of(), berlinOnly.calendarsForCalls());
    }

    @Test
    public void next_shouldReadStepsDueBeforeTheLatestDateOnEarth_whenTheStoreCannotTellItsZones() {
        // Given: a store that does not list its zones; a space in Kiribati, where it is already the 19th
        Clock noonUtc = Clock.fixed(Instant.parse("2024-01-18T12:00:00Z"), ZoneOffset.UTC);
        InMemorySpaceSettingsStore unlisted = new InMemorySpaceSettingsStore(ZoneId.of("Europe/Berlin"));
        unlisted.save("KI", SpaceSettings.defaults(ZoneId.of("Pacific/Kiritimati")));
        steps.add(anActionStep().withId(1).inSpace("KI").dueOn("2024-01-18").build());
        RunOverdueScan scan = new RunOverdueScan(steps, unlisted, ledger, noonUtc);

        // When
        OverdueScanBatch batch = scan.next(0, 100);

        // Then
        assertEquals(List.of(1L), ids(batch.newlyOverdue()));
    }
}
