package org.coachingconversations.domain.timeline;

import java.time.LocalDate;
import java.util.Objects;
import org.coachingconversations.domain.calendar.SchoolCalendar;

/** The first and last dates, both allowed, on which something is due. */
public record DueWindow(LocalDate earliest, LocalDate latest) {

    public DueWindow {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("Due window: the latest date " + latest
                    + " is before the earliest date " + earliest + ".");
        }
    }

    public static DueWindow on(LocalDate date) {
        return new DueWindow(date, date);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(earliest) && !date.isAfter(latest);
    }

    /**
     * Where a date falls against this window, counted in the calendar's school days: early by the
     * school days from the date up to the window's first day, late by the school days after the
     * window's last day up to the date. A date outside the window is always at least one school day
     * off, even a Saturday right after a window that ended on Friday.
     */
    public WindowCheck check(LocalDate actual, SchoolCalendar calendar) {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(calendar, "calendar");
        if (actual.isBefore(earliest)) {
            int early = calendar.schoolDaysBetween(actual.minusDays(1), earliest.minusDays(1));
            return new WindowCheck(actual, WindowCheck.Timing.EARLY, Math.max(1, early), earliest, latest);
        }
        if (actual.isAfter(latest)) {
            int late = calendar.schoolDaysBetween(latest, actual);
            return new WindowCheck(actual, WindowCheck.Timing.LATE, Math.max(1, late), earliest, latest);
        }
        return new WindowCheck(actual, WindowCheck.Timing.WITHIN, 0, earliest, latest);
    }
}
