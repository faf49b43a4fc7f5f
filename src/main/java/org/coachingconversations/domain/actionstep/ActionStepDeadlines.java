package org.coachingconversations.domain.actionstep;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.coachingconversations.domain.calendar.SchoolCalendar;

/**
 * Overdue and due-soon for one space at the clock's instant. "Today" is the date in the space's
 * time zone; a step due today is due soon, not overdue. The horizon is in calendar days because
 * that is how people read "due in the next week".
 */
public final class ActionStepDeadlines {

    public static final int DEFAULT_DUE_SOON_DAYS = 7;
    public static final int MAX_DUE_SOON_DAYS = 365;

    private final LocalDate today;
    private final int dueSoonDays;

    public ActionStepDeadlines(SchoolCalendar calendar, Clock clock, int dueSoonDays) {
        this(Objects.requireNonNull(calendar, "calendar").today(clock), dueSoonDays);
    }

    public ActionStepDeadlines(SchoolCalendar calendar, Clock clock) {
        this(calendar, clock, DEFAULT_DUE_SOON_DAYS);
    }

    /** For callers that already know the space's date. */
    public ActionStepDeadlines(LocalDate today, int dueSoonDays) {
        this.today = Objects.requireNonNull(today, "today");
        this.dueSoonDays = validDueSoonDays(dueSoonDays);
    }

    public static int validDueSoonDays(int days) {
        if (days < 0 || days > MAX_DUE_SOON_DAYS) {
            throw new IllegalArgumentException("Due-soon horizon: " + days + " days is out of range; use 0 to "
                    + MAX_DUE_SOON_DAYS + " days (0 means only steps due today).");
        }
        return days;
    }

    public LocalDate today() {
        return today;
    }

    public int dueSoonDays() {
        return dueSoonDays;
    }

    /** The last due date that still counts as due soon. */
    public LocalDate dueSoonUntil() {
        return today.plusDays(dueSoonDays);
    }

    public DueState stateOf(ActionStep step) {
        Objects.requireNonNull(step, "step");
        if (!step.isOpen()) {
            return DueState.CLOSED;
        }
        if (step.dueOn().isEmpty()) {
            return DueState.NO_DUE_DATE;
        }
        LocalDate due = step.dueOn().get();
        if (due.isBefore(today)) {
            return DueState.OVERDUE;
        }
        return due.isAfter(dueSoonUntil()) ? DueState.UPCOMING : DueState.DUE_SOON;
    }

    public boolean isOverdue(ActionStep step) {
        return stateOf(step) == DueState.OVERDUE;
    }

    public boolean isDueSoon(ActionStep step) {
        return stateOf(step) == DueState.DUE_SOON;
    }
}
