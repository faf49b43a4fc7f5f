package org.coachingconversations.persistence.rows;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How every repository stores a date: as the integer yyyymmdd (2028-02-29 is 20280229).
 *
 * <p>Why not a DATE or TIMESTAMP column: AO maps dates to TIMESTAMP through {@code java.util.Date},
 * which JDBC drivers convert with the JVM's default time zone on the way in and out. Cluster nodes
 * (or one node after a zone change) with different defaults would read another day. An integer
 * has no zone, sorts and compares like the date on every database, takes an ordinary index, and
 * stays readable in SQL. Four-digit years keep every value at eight digits, so integer order is
 * date order; a date outside them is refused rather than stored out of order.
 */
public final class DayNumbers {

    public static final LocalDate FIRST_STORABLE = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST_STORABLE = LocalDate.of(9999, 12, 31);

    private DayNumbers() {
    }

    /** @throws IllegalArgumentException when the date lies outside four-digit years */
    public static int of(LocalDate date) {
        checkStorable("Date", "value", date);
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    public static Integer ofOptional(Optional<LocalDate> date) {
        return date.map(DayNumbers::of).orElse(null);
    }

    /**
     * A query bound. Every stored date lies within four-digit years, so a bound beyond them is
     * moved to the nearest storable date without changing which rows match.
     */
    public static int bound(LocalDate date) {
        if (date.isBefore(FIRST_STORABLE)) {
            return of(FIRST_STORABLE);
        }
        return of(date.isAfter(LAST_STORABLE) ? LAST_STORABLE : date);
    }

    public static LocalDate toDate(int dayNumber) {
        return LocalDate.of(dayNumber / 10_000, dayNumber / 100 % 100, dayNumber % 100);
    }

    public static Optional<LocalDate> toOptionalDate(Integer dayNumber) {
        return Optional.ofNullable(dayNumber).map(DayNumbers::toDate);
    }

    public static boolean isStorable(LocalDate date) {
        return !date.isBefore(FIRST_STORABLE) && !date.isAfter(LAST_STORABLE);
    }

    /**
     * Refuses a date a column cannot hold, naming it in the message.
     *
     * @param subject what the date belongs to, e.g. "Action step 2 of 3" or "Conversation on page 42"
     * @param field the date's name, e.g. "due date"
     */
    public static void checkStorable(String subject, String field, LocalDate date) {
        if (!isStorable(date)) {
            throw new IllegalArgumentException(subject + ": the " + field + " " + date + " is outside the years "
                    + FIRST_STORABLE.getYear() + " to " + LAST_STORABLE.getYear() + ".");
        }
    }
}
