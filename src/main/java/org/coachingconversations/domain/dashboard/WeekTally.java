package org.coachingconversations.domain.dashboard;

import java.time.LocalDate;

/**
 * One week of the chart.
 *
 * @param weekOf the Monday that starts the week
 * @param slipped steps due that week that are still open past their date
 * @param done steps marked done that week
 */
public record WeekTally(LocalDate weekOf, long slipped, long done) {
}
