package org.coachingconversations.domain.timeline;

import java.time.LocalDate;

/**
 * How a date sits against its due window: within, or early/late by a number of school days,
 * with the window's first and last allowed dates for the message a user reads.
 */
public record WindowCheck(LocalDate actual, Timing timing, int schoolDaysOutside, LocalDate firstAllowed,
        LocalDate lastAllowed) {

    public enum Timing {
        EARLY, WITHIN, LATE
    }

    public boolean isWithin() {
        return timing == Timing.WITHIN;
    }

    /** An English sentence for logs and exception messages; the UI builds its own from the fields. */
    public String describe(String what) {
        String allowed = "allowed " + firstAllowed + " to " + lastAllowed;
        if (timing == Timing.WITHIN) {
            return what + " on " + actual + " is within its window (" + allowed + ").";
        }
        String days = schoolDaysOutside == 1 ? "1 school day" : schoolDaysOutside + " school days";
        String direction = timing == Timing.EARLY ? "early" : "late";
        return what + " on " + actual + " is " + days + " " + direction + " (" + allowed + ").";
    }
}
