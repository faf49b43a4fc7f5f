package org.coachingconversations.domain.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.Test;

public class SchoolCalendarTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");

    private SchoolCalendar target = SchoolCalendar.standard(DENVER);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    public void plusSchoolDays_shouldSkipTheWeekend_whenStartingOnFriday() {
        // When
        LocalDate next = target.plusSchoolDays(date("2024-01-05"), 1);

        // Then
        assertEquals(date("2024-01-08"), next);
    }

    @Test
    public void plusSchoolDays_shouldReturnTheSameDate_whenCountIsZero() {
        // When / Then
        assertEquals(date("2024-01-06"), target.plusSchoolDays(date("2024-01-06"), 0));
    }

    @Test
    public void plusSchoolDays_shouldCountFromMonday_whenStartingOnSaturday() {
        // When
        LocalDate first = target.plusSchoolDays(date("2024-01-06"), 1);

        // Then: the Saturday itself never counts, so the first school day after it is Monday
        assertEquals(date("2024-01-08"), first);
    }

    @Test
    public void plusSchoolDays_shouldGoBack_whenCountIsNegative() {
        // When / Then
        assertEquals(date("2024-01-05"), target.plusSchoolDays(date("2024-01-08"), -1));
        assertEquals(date("2024-01-05"), target.minusSchoolDays(date("2024-01-08"), 1));
    }

    @Test
    public void plusSchoolDays_shouldSkipAHolidayRunThatSpansAWeekend() {
        // Given: Good Friday to Easter Monday
        target = SchoolCalendar.builder(DENVER).holiday("Spring break", date("2024-03-29"), date("2024-04-01")).build();

        // When
        LocalDate next = target.plusSchoolDays(date("2024-03-28"), 1);

        // Then
        assertEquals(date("2024-04-02"), next);
        assertEquals(1, target.schoolDaysBetween(date("2024-03-28"), date("2024-04-02")));
        assertEquals(date("2024-03-28"), target.minusSchoolDays(date("2024-04-02"), 1));
    }

    @Test
    public void plusSchoolDays_shouldCrossTheYearBoundary_whenWinterBreakSpansNewYear() {
        // Given
        target = SchoolCalendar.builder(DENVER).holiday("Winter break", date("2024-12-23"), date("2025-01-01")).build();

        // When / Then
        assertEquals(date("2025-01-02"), target.plusSchoolDays(date("2024-12-20"), 1));
        assertEquals(date("2025-01-03"), target.plusSchoolDays(date("2024-12-20"), 2));
        assertEquals(date("2024-12-20"), target.minusSchoolDays(date("2025-01-02"), 1));
        assertEquals(2, target.schoolDaysBetween(date("2024-12-20"), date("2025-01-03")));
    }

    @Test
    public void plusSchoolDays_shouldCountTheLeapDay_whenItIsASchoolDay() {
        // When / Then: 2028-02-29 is a Tuesday
        assertEquals(date("2028-02-29"), target.plusSchoolDays(date("2028-02-28"), 1));
        assertEquals(date("2028-03-01"), target.plusSchoolDays(date("2028-02-28"), 2));
    }

    @Test
    public void plusSchoolDays_shouldSkipTheLeapDay_whenItIsAHoliday() {
        // Given
        target = SchoolCalendar.builder(DENVER).holiday("Leap day off", date("2028-02-29")).build();

        // When / Then
        assertEquals(date("2028-03-01"), target.plusSchoolDays(date("2028-02-28"), 1));
        assertEquals(2, target.schoolDaysBetween(date("2028-02-25"), date("2028-03-01")));
    }

    @Test
    public void plusSchoolDays_shouldUseConfiguredWeekend_whenSchoolRunsSundayToThursday() {
        // Given
        target = SchoolCalendar.builder(DENVER).weekendDays(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY).build();

        // When / Then: Thursday 2024-01-04, next school day Sunday 2024-01-07
        assertEquals(date("2024-01-07"), target.plusSchoolDays(date("2024-01-04"), 1));
        assertTrue(target.isSchoolDay(date("2024-01-07")));
        assertFalse(target.isSchoolDay(date("2024-01-05")));
    }

    @Test
    public void plusSchoolDays_shouldCountEveryDay_whenThereIsNoWeekend() {
        // Given
        target = SchoolCalendar.builder(DENVER).weekendDays(List.of()).build();

        // When / Then
        assertEquals(date("2024-01-06"), target.plusSchoolDays(date("2024-01-05"), 1));
    }

    @Test
    public void plusSchoolDays_shouldTreatOverlappingHolidaysAsOneClosure() {
        // Given: two runs that overlap and a single day adjacent to them
        target = SchoolCalendar.builder(DENVER)
                .holiday("Winter break", date("2024-12-20"), date("2024-12-31"))
                .holiday("District closure", date("2024-12-30"), date("2025-01-02"))
                .holiday("Teacher day", date("2025-01-03"))
                .build();

        // When / Then
        assertEquals(date("2025-01-06"), target.plusSchoolDays(date("2024-12-19"), 1));
        assertEquals(date("2024-12-19"), target.minusSchoolDays(date("2025-01-06"), 1));
        assertTrue(target.isHoliday(date("2025-01-01")));
    }

    @Test
    public void schoolDaysBetween_shouldAlwaysUndoPlusSchoolDays() {
        // Given: a calendar with holidays across a weekend, a year boundary and a leap year
        target = SchoolCalendar.builder(DENVER)
                .holiday("Spring break", date("2027-03-26"), date("2027-04-02"))
                .holiday("Winter break", date("2027-12-20"), date("2028-01-03"))
                .holiday("Leap day off", date("2028-02-29"))
                .build();

        // When / Then
        for (LocalDate start = date("2027-01-01"); start.isBefore(date("2028-04-01")); start = start.plusDays(1)) {
            for (int count = 0; count <= 12; count++) {
                LocalDate end = target.plusSchoolDays(start, count);
                assertEquals("from " + start + " by " + count, count, target.schoolDaysBetween(start, end));
                // going back lands on the start, or on the school day before it when it had none
                LocalDate expectedBack = count == 0 ? start : target.previousSchoolDayOnOrBefore(start);
                assertEquals("back from " + end + " by " + count, expectedBack, target.minusSchoolDays(end, count));
                if (count > 0) {
                    assertTrue(end + " must be a school day", target.isSchoolDay(end));
                }
            }
        }
    }

    @Test
    public void schoolDaysBetween_shouldBeNegative_whenEndIsBeforeStart() {
        // When / Then
        assertEquals(-5, target.schoolDaysBetween(date("2024-01-15"), date("2024-01-08")));
        assertEquals(0, target.schoolDaysBetween(date("2024-01-08"), date("2024-01-08")));
        assertEquals(0, target.schoolDaysBetween(date("2024-01-05"), date("2024-01-07")));
    }

    @Test
    public void nextSchoolDayOnOrAfter_shouldReturnTheDateItself_whenItIsASchoolDay() {
        // When / Then
        assertEquals(date("2024-01-08"), target.nextSchoolDayOnOrAfter(date("2024-01-08")));
    }

    @Test
    public void nextSchoolDayOnOrAfter_shouldSkipWeekendAndHoliday_whenMondayIsAHoliday() {
        // Given
        target = SchoolCalendar.builder(DENVER).holiday("Memorial Day", date("2024-05-27")).build();

        // When / Then
        assertEquals(date("2024-05-28"), target.nextSchoolDayOnOrAfter(date("2024-05-25")));
        assertEquals(date("2024-05-24"), target.previousSchoolDayOnOrBefore(date("2024-05-27")));
    }

    @Test
    public void today_shouldBeTheSpaceDate_whenUtcIsAlreadyTomorrow() {
        // Given: 03:00 UTC on 10 January is still the evening of 9 January in Denver
        Clock clock = Clock.fixed(Instant.parse("2024-01-10T03:00:00Z"), ZoneOffset.UTC);

        // When / Then
        assertEquals(date("2024-01-09"), target.today(clock));
    }

    @Test
    public void today_shouldFollowTheZone_acrossTheSpringDaylightSavingChange() {
        // Given: Denver moves from MST (-7) to MDT (-6) at 02:00 local on 2024-03-10 (09:00 UTC)
        Clock lateSaturday = Clock.fixed(Instant.parse("2024-03-10T06:30:00Z"), ZoneOffset.UTC);
        Clock sundayBeforeChange = Clock.fixed(Instant.parse("2024-03-10T08:30:00Z"), ZoneOffset.UTC);
        Clock sundayNightAfterChange = Clock.fixed(Instant.parse("2024-03-11T05:30:00Z"), ZoneOffset.UTC);

        // When / Then
        assertEquals(date("2024-03-09"), target.today(lateSaturday));
        assertEquals(date("2024-03-10"), target.today(sundayBeforeChange));
        // 23:30 MDT on Sunday; under MST it would already be Monday
        assertEquals(date("2024-03-10"), target.today(sundayNightAfterChange));
        // the 23-hour Sunday changes no school-day arithmetic
        assertEquals(date("2024-03-11"), target.plusSchoolDays(date("2024-03-08"), 1));
    }

    @Test
    public void today_shouldFollowTheZone_acrossTheAutumnDaylightSavingChange() {
        // Given: Berlin returns from CEST (+2) to CET (+1) at 03:00 local on 2024-10-27
        target = SchoolCalendar.standard(ZoneId.of("Europe/Berlin"));
        Clock justAfterMidnight = Clock.fixed(Instant.parse("2024-10-26T22:30:00Z"), ZoneOffset.UTC);
        Clock lateSunday = Clock.fixed(Instant.parse("2024-10-27T22:30:00Z"), ZoneOffset.UTC);

        // When / Then
        assertEquals(date("2024-10-27"), target.today(justAfterMidnight));
        assertEquals(date("2024-10-27"), target.today(lateSunday));
        assertEquals(1, target.schoolDaysBetween(date("2024-10-25"), date("2024-10-28")));
    }

    @Test
    public void build_shouldRefuse_whenAllSevenDaysAreWeekendDays() {
        // Given
        SchoolCalendar.Builder builder = SchoolCalendar.builder(DENVER).weekendDays(DayOfWeek.values());

        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, builder::build);

        // Then
        assertTrue(refusal.getMessage(), refusal.getMessage().contains("all seven days are weekend days"));
    }

    @Test
    public void builder_shouldRefuse_whenTheZoneIsMissing() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> SchoolCalendar.builder(null));

        // Then
        assertTrue(refusal.getMessage(), refusal.getMessage().contains("time zone is required"));
    }

    @Test
    public void holiday_shouldRefuse_whenTheRangeEndsBeforeItStarts() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> Holiday.between("Spring break", date("2024-04-05"), date("2024-03-29")));

        // Then
        assertEquals("Holiday \"Spring break\": the last day 2024-03-29 is before the first day 2024-04-05.",
                refusal.getMessage());
    }

    @Test
    public void holiday_shouldRefuse_whenTheRangeIsLongerThanAYear() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> Holiday.between("Summer", date("2024-06-01"), date("2025-06-30")));

        // Then
        assertTrue(refusal.getMessage(), refusal.getMessage().contains("at most 366 days"));
    }

    @Test
    public void holidays_shouldBeSortedByFirstDay_whateverTheOrderTheyWereAdded() {
        // Given
        target = SchoolCalendar.builder(DENVER)
                .holiday("Memorial Day", date("2024-05-27"))
                .holiday("New Year", date("2024-01-01"))
                .build();

        // When
        List<Holiday> holidays = target.holidays();

        // Then
        assertEquals("New Year", holidays.get(0).name());
        assertEquals(target, target.toBuilder().build());
    }
}
