package org.coachingconversations.domain.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A day or an inclusive run of days when school is closed. A single date is a run whose first and
 * last day are the same.
 */
public record Holiday(String name, LocalDate first, LocalDate last) {

    /** Longer than a school year is almost certainly a typing mistake in a year. */
    public static final int MAX_LENGTH_DAYS = 366;
    public static final int MAX_NAME_LENGTH = 200;

    public Holiday {
        name = name == null ? "" : name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Holiday name has " + name.length()
                    + " characters; the limit is " + MAX_NAME_LENGTH + ".");
        }
        String label = name.isEmpty() ? "Holiday" : "Holiday \"" + name + "\"";
        if (first == null) {
            throw new IllegalArgumentException(label + ": the first day is required.");
        }
        if (last == null) {
            throw new IllegalArgumentException(label + ": the last day is required.");
        }
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(label + ": the last day " + last
                    + " is before the first day " + first + ".");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > MAX_LENGTH_DAYS) {
            throw new IllegalArgumentException(label + ": " + first + " to " + last + " spans " + days
                    + " days; a holiday may span at most " + MAX_LENGTH_DAYS + " days.");
        }
    }

    public static Holiday on(String name, LocalDate date) {
        return new Holiday(name, date, date);
    }

    public static Holiday between(String name, LocalDate first, LocalDate last) {
        return new Holiday(name, first, last);
    }

    public boolean covers(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(first) && !date.isAfter(last);
    }

    public boolean isSingleDay() {
        return first.equals(last);
    }
}
