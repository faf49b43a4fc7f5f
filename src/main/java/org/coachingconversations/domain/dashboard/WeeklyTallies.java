package org.coachingconversations.domain.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups day counts into weeks starting on Monday, every week of the range present (zero when nothing happened). */
public final class WeeklyTallies {

    /** How many weeks the chart shows, ending with the current one: about a school year. */
    public static final int WEEKS = 40;

    private WeeklyTallies() {
    }

    /** The Monday of the first week the chart shows for {@code today}. */
    public static LocalDate firstWeek(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1L);
    }

    public static List<WeekTally> of(LocalDate today, List<DayCount> slipped, List<DayCount> done) {
        LocalDate first = firstWeek(today);
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        for (int i = 0; i < WEEKS; i++) {
            weeks.put(first.plusWeeks(i), new long[2]);
        }
        add(weeks, slipped, 0);
        add(weeks, done, 1);
        List<WeekTally> tallies = new ArrayList<>();
        weeks.forEach((week, counts) -> tallies.add(new WeekTally(week, counts[0], counts[1])));
        return tallies;
    }

    private static void add(Map<LocalDate, long[]> weeks, List<DayCount> days, int index) {
        for (DayCount day : days) {
            long[] counts = weeks.get(day.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            if (counts != null) {
                counts[index] += day.count();
            }
        }
    }
}
