package org.coachingconversations.domain.dashboard;

import java.time.LocalDate;

/**
 * One week of the chart.
 *
 * @param weekOf the Monday that starts the week
 * @param slipped steps due that week that passed their date undone
 * @param done steps marked done that week
 */
public record WeekTally(LocalDate weekOf, long slipped, long done) {
}
