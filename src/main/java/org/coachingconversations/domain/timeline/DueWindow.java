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
     * Where a date falls against this window, counted in the calendar's school days. A date on a
     * non-school day counts as the school day nearest the window on its far side (an early
     * Saturday as the Friday before it, a late Saturday as the Monday after), so a date outside
     * the window is always at least one school day off.
     */
    public WindowCheck check(LocalDate actual, SchoolCalendar calendar) {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(calendar, "calendar");
        if (actual.isBefore(earliest)) {
            int early = calendar.schoolDaysBetween(calendar.previousSchoolDayOnOrBefore(actual), earliest);
            return new WindowCheck(actual, WindowCheck.Timing.EARLY, Math.max(1, early), earliest, latest);
        }
        if (actual.isAfter(latest)) {
            int late = calendar.schoolDaysBetween(latest, calendar.nextSchoolDayOnOrAfter(actual));
            return new WindowCheck(actual, WindowCheck.Timing.LATE, Math.max(1, late), earliest, latest);
        }
        return new WindowCheck(actual, WindowCheck.Timing.WITHIN, 0, earliest, latest);
    }
}
