package org.coachingconversations.persistence.conversation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How dates are stored: as the integer yyyymmdd (2028-02-29 is 20280229).
 *
 * <p>Why not a DATE or TIMESTAMP column: AO maps dates to TIMESTAMP through {@code java.util.Date},
 * which JDBC drivers convert with the JVM's default time zone on the way in and out. Cluster nodes
 * (or one node after a zone change) with different defaults would read another day. An integer
 * has no zone, sorts and compares like the date on every database, takes an ordinary index, and
 * stays readable in SQL. Four-digit years keep every value at eight digits, so integer order is
 * date order.
 */
final class DayNumbers {

    static final LocalDate FIRST_STORABLE = LocalDate.of(1, 1, 1);
    static final LocalDate LAST_STORABLE = LocalDate.of(9999, 12, 31);

    private DayNumbers() {
    }

    static int of(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    static Integer ofOptional(Optional<LocalDate> date) {
        return date.map(DayNumbers::of).orElse(null);
    }

    static LocalDate toDate(int dayNumber) {
        return LocalDate.of(dayNumber / 10_000, dayNumber / 100 % 100, dayNumber % 100);
    }

    static Optional<LocalDate> toOptionalDate(Integer dayNumber) {
        return Optional.ofNullable(dayNumber).map(DayNumbers::toDate);
    }

    static boolean isStorable(LocalDate date) {
        return !date.isBefore(FIRST_STORABLE) && !date.isAfter(LAST_STORABLE);
    }
}
