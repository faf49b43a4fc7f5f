package org.coachingconversations.domain.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The school days of one space: every day that is neither a weekend day nor inside a holiday.
 * Deadlines from the post-conferencing protocol and from union contracts are counted in these
 * days. All arithmetic is on {@link LocalDate}, so daylight-saving changes never move a deadline;
 * the zone only decides which date "today" is for the space.
 *
 * <p>Counting convention: {@code plusSchoolDays(d, n)} is the n-th school day after {@code d}
 * ({@code d} itself never counts), and {@code schoolDaysBetween(a, b)} counts the school days in
 * {@code (a, b]}, so {@code schoolDaysBetween(d, plusSchoolDays(d, n)) == n}.
 */
public final class SchoolCalendar {

    public static final Set<DayOfWeek> DEFAULT_WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private final ZoneId zone;
    private final Set<DayOfWeek> weekendDays;
    private final List<Holiday> holidays;
    /** Holidays merged into non-overlapping closed runs, keyed by first day, for fast lookups. */
    private final NavigableMap<LocalDate, LocalDate> closedRuns;

    private SchoolCalendar(ZoneId zone, Set<DayOfWeek> weekendDays, List<Holiday> holidays) {
        this.zone = zone;
        this.weekendDays = Set.copyOf(weekendDays);
        this.holidays = List.copyOf(holidays);
        this.closedRuns = mergeRuns(this.holidays);
    }

    /** Saturday and Sunday off, no holidays. */
    public static SchoolCalendar standard(ZoneId zone) {
        return builder(zone).build();
    }

    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    /** A builder holding this calendar's settings, for changing one of them. */
    public Builder toBuilder() {
        return new Builder(zone).weekendDays(weekendDays).holidays(holidays);
    }

    public ZoneId zone() {
        return zone;
    }

    public Set<DayOfWeek> weekendDays() {
        return weekendDays;
    }

    /** The holidays as they were entered, sorted by first day. */
    public List<Holiday> holidays() {
        return holidays;
    }

    /** The date it is in this space's time zone at the clock's instant. */
    public LocalDate today(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return LocalDate.now(clock.withZone(zone));
    }

    public boolean isSchoolDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !weekendDays.contains(date.getDayOfWeek()) && !isHoliday(date);
    }

    public boolean isHoliday(LocalDate date) {
        Map.Entry<LocalDate, LocalDate> run = closedRuns.floorEntry(date);
        return run != null && !date.isAfter(run.getValue());
    }

    /** The date itself when it is a school day, otherwise the first school day after it. */
    public LocalDate nextSchoolDayOnOrAfter(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate candidate = date;
        while (!isSchoolDay(candidate)) {
            candidate = stepForward(candidate);
        }
        return candidate;
    }

    /** The date itself when it is a school day, otherwise the last school day before it. */
    public LocalDate previousSchoolDayOnOrBefore(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate candidate = date;
        while (!isSchoolDay(candidate)) {
            candidate = stepBackward(candidate);
        }
        return candidate;
    }

    /**
     * The {@code schoolDays}-th school day after {@code date}; a negative count goes back in time,
     * zero returns the date unchanged.
     */
    public LocalDate plusSchoolDays(LocalDate date, int schoolDays) {
        Objects.requireNonNull(date, "date");
        if (schoolDays < 0) {
            return minusSchoolDays(date, -(long) schoolDays);
        }
        LocalDate current = date;
        for (int counted = 0; counted < schoolDays; counted++) {
            current = nextSchoolDayOnOrAfter(current.plusDays(1));
        }
        return current;
    }

    /** The {@code schoolDays}-th school day before {@code date}. */
    public LocalDate minusSchoolDays(LocalDate date, int schoolDays) {
        Objects.requireNonNull(date, "date");
        if (schoolDays < 0) {
            return plusSchoolDays(date, -schoolDays);
        }
        return minusSchoolDays(date, (long) schoolDays);
    }

    private LocalDate minusSchoolDays(LocalDate date, long schoolDays) {
        LocalDate current = date;
        for (long counted = 0; counted < schoolDays; counted++) {
            current = previousSchoolDayOnOrBefore(current.minusDays(1));
        }
        return current;
    }

    /**
     * School days in {@code (from, to]}; negative (the count in {@code (to, from]}) when
     * {@code to} is before {@code from}.
     */
    public int schoolDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -schoolDaysBetween(to, from);
        }
        int count = 0;
        LocalDate day = from.plusDays(1);
        while (!day.isAfter(to)) {
            if (isSchoolDay(day)) {
                count++;
                day = day.plusDays(1);
            } else {
                day = stepForward(day);
            }
        }
        return count;
    }

    /** The next day to look at after a non-school day, skipping a whole holiday run at once. */
    private LocalDate stepForward(LocalDate day) {
        Map.Entry<LocalDate, LocalDate> run = closedRuns.floorEntry(day);
        if (run != null && !day.isAfter(run.getValue())) {
            return run.getValue().plusDays(1);
        }
        return day.plusDays(1);
    }

    private LocalDate stepBackward(LocalDate day) {
        Map.Entry<LocalDate, LocalDate> run = closedRuns.floorEntry(day);
        if (run != null && !day.isAfter(run.getValue())) {
            return run.getKey().minusDays(1);
        }
        return day.minusDays(1);
    }

    private static NavigableMap<LocalDate, LocalDate> mergeRuns(List<Holiday> sorted) {
        NavigableMap<LocalDate, LocalDate> runs = new TreeMap<>();
        LocalDate runFirst = null;
        LocalDate runLast = null;
        for (Holiday holiday : sorted) {
            if (runLast != null && !holiday.first().isAfter(runLast.plusDays(1))) {
                if (holiday.last().isAfter(runLast)) {
                    runLast = holiday.last();
                }
                continue;
            }
            if (runFirst != null) {
                runs.put(runFirst, runLast);
            }
            runFirst = holiday.first();
            runLast = holiday.last();
        }
        if (runFirst != null) {
            runs.put(runFirst, runLast);
        }
        return runs;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchoolCalendar that
                && zone.equals(that.zone)
                && weekendDays.equals(that.weekendDays)
                && holidays.equals(that.holidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, weekendDays, holidays);
    }

    @Override
    public String toString() {
        return "SchoolCalendar[zone=" + zone + ", weekendDays=" + weekendDays + ", holidays="
                + holidays.size() + "]";
    }

    /** Collects and validates a space's calendar settings. */
    public static final class Builder {

        private final ZoneId zone;
        private final EnumSet<DayOfWeek> weekendDays = EnumSet.copyOf(DEFAULT_WEEKEND);
        private final List<Holiday> holidays = new ArrayList<>();

        private Builder(ZoneId zone) {
            if (zone == null) {
                throw new IllegalArgumentException("School calendar: the time zone is required.");
            }
            this.zone = zone;
        }

        /** Replaces the weekend days; an empty collection means school every day of the week. */
        public Builder weekendDays(Collection<DayOfWeek> days) {
            if (days == null) {
                throw new IllegalArgumentException("School calendar: the weekend days are required"
                        + " (use an empty list for none).");
            }
            for (DayOfWeek day : days) {
                if (day == null) {
                    throw new IllegalArgumentException("School calendar: a weekend day is empty.");
                }
            }
            weekendDays.clear();
            weekendDays.addAll(days);
            return this;
        }

        public Builder weekendDays(DayOfWeek... days) {
            return weekendDays(List.of(days));
        }

        public Builder holiday(Holiday holiday) {
            if (holiday == null) {
                throw new IllegalArgumentException("School calendar: a holiday is empty.");
            }
            holidays.add(holiday);
            return this;
        }

        public Builder holiday(String name, LocalDate date) {
            return holiday(Holiday.on(name, date));
        }

        public Builder holiday(String name, LocalDate first, LocalDate last) {
            return holiday(Holiday.between(name, first, last));
        }

        public Builder holidays(Collection<Holiday> toAdd) {
            if (toAdd == null) {
                throw new IllegalArgumentException("School calendar: the holiday list is required.");
            }
            toAdd.forEach(this::holiday);
            return this;
        }

        public SchoolCalendar build() {
            if (weekendDays.size() == DayOfWeek.values().length) {
                throw new IllegalArgumentException("School calendar: all seven days are weekend days,"
                        + " so there would be no school days; leave at least one day of the week open.");
            }
            List<Holiday> sorted = new ArrayList<>(holidays);
            sorted.sort(Comparator.comparing(Holiday::first).thenComparing(Holiday::last)
                    .thenComparing(Holiday::name));
            return new SchoolCalendar(zone, weekendDays, sorted);
        }
    }
}
