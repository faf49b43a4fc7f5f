package org.coachingconversations.domain.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One line of a dashboard list, as plain facts the adapters label and link.
 *
 * @param pageId the page the line comes from; empty for a coverage gap, which is about a person
 * @param teacherKey the teacher the line is about
 * @param personKey the step's owner, or the Cycle Record's observer, or the conversation's coach
 * @param text the step's text
 * @param date the list's own date: due date, agreed follow-up date, last conversation, observation, conference or
 *     finalization date
 * @param until the end of the window or the deadline the line is measured against
 * @param flaggedAt when the daily job flagged the step overdue
 * @param state a short machine word: {@code early}, {@code late}, {@code unscheduled}, {@code missed}, {@code due},
 *     {@code never}, or empty
 */
public record DashboardRow(DashboardSection section, OptionalLong pageId, Optional<String> teacherKey,
        Optional<String> personKey, Optional<String> text, Optional<LocalDate> date, Optional<LocalDate> until,
        Optional<Instant> flaggedAt, String state) {

    public DashboardRow {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(pageId, "pageId");
        Objects.requireNonNull(teacherKey, "teacherKey");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(flaggedAt, "flaggedAt");
        state = state == null ? "" : state;
    }
}
