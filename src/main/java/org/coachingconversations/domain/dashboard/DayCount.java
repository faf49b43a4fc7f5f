package org.coachingconversations.domain.dashboard;

import java.time.LocalDate;

/** How many rows fell on one day. */
public record DayCount(LocalDate day, long count) {
}
