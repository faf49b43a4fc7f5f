package org.coachingconversations.domain.actionstep;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.anActionStep;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.junit.Test;

public class ActionStepDeadlinesTest {

    private static final SchoolCalendar DENVER = SchoolCalendar.standard(ZoneId.of("America/Denver"));
    /** Noon on Wednesday 2024-01-10 in Denver. */
    private static final Clock WEDNESDAY_NOON = Clock.fixed(Instant.parse("2024-01-10T19:00:00Z"), ZoneOffset.UTC);

    private ActionStepDeadlines target = new ActionStepDeadlines(DENVER, WEDNESDAY_NOON);

    @Test
    public void stateOf_shouldBeOverdue_fromTheDayAfterTheDueDate() {
        // When / Then
        assertEquals(DueState.OVERDUE, target.stateOf(anActionStep().dueOn("2024-01-09").build()));
        assertEquals(DueState.DUE_SOON, target.stateOf(anActionStep().dueOn("2024-01-10").build()));
    }

    @Test
    public void stateOf_shouldBeDueSoon_upToAndIncludingTheLastDayOfTheDefaultSevenDayHorizon() {
        // When / Then
        assertEquals(7, target.dueSoonDays());
        assertEquals(DueState.DUE_SOON, target.stateOf(anActionStep().dueOn("2024-01-17").build()));
        assertEquals(DueState.UPCOMING, target.stateOf(anActionStep().dueOn("2024-01-18").build()));
    }

    @Test
    public void stateOf_shouldOnlyCallTodayDueSoon_whenTheHorizonIsZero() {
        // Given
        target = new ActionStepDeadlines(DENVER, WEDNESDAY_NOON, 0);

        // When / Then
        assertEquals(DueState.DUE_SOON, target.stateOf(anActionStep().dueOn("2024-01-10").build()));
        assertEquals(DueState.UPCOMING, target.stateOf(anActionStep().dueOn("2024-01-11").build()));
    }

    @Test
    public void stateOf_shouldUseTheSpaceZone_whenUtcIsAlreadyTheNextDay() {
        // Given: 05:30 UTC on the 11th is 22:30 on the 10th in Denver
        target = new ActionStepDeadlines(DENVER, Clock.fixed(Instant.parse("2024-01-11T05:30:00Z"), ZoneOffset.UTC));
        ActionStep dueWednesday = anActionStep().dueOn("2024-01-10").build();

        // When / Then
        assertEquals(LocalDate.parse("2024-01-10"), target.today());
        assertEquals(DueState.DUE_SOON, target.stateOf(dueWednesday));
    }

    @Test
    public void stateOf_shouldCountCalendarDaysAcrossTheDaylightSavingChange() {
        // Given: Friday 2024-03-08 in Denver; DST starts on Sunday the 10th
        target = new ActionStepDeadlines(DENVER, Clock.fixed(Instant.parse("2024-03-08T19:00:00Z"), ZoneOffset.UTC));

        // When / Then
        assertEquals(LocalDate.parse("2024-03-15"), target.dueSoonUntil());
        assertEquals(DueState.DUE_SOON, target.stateOf(anActionStep().dueOn("2024-03-15").build()));
        assertEquals(DueState.UPCOMING, target.stateOf(anActionStep().dueOn("2024-03-16").build()));
    }

    @Test
    public void stateOf_shouldIgnoreClosedAndUndatedSteps() {
        // When / Then
        assertEquals(DueState.CLOSED, target.stateOf(anActionStep().dueOn("2024-01-01").doneOn("2024-01-02").build()));
        assertEquals(DueState.CLOSED, target.stateOf(anActionStep().dueOn("2024-01-01").dropped().build()));
        assertEquals(DueState.NO_DUE_DATE, target.stateOf(anActionStep().dueOn(null).build()));
    }

    @Test
    public void constructor_shouldRefuseANegativeHorizon_sayingTheRange() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> new ActionStepDeadlines(DENVER, WEDNESDAY_NOON, -1));

        // Then
        assertTrue(refusal.getMessage(), refusal.getMessage().startsWith("Due-soon horizon: -1 days is out of range"));
    }
}
