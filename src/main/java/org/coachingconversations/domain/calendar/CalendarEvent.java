package org.coachingconversations.domain.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One all-day date of a coaching cycle, as a calendar program should import it: a due date or deadline is a day, not
 * a time, so it is written as a date (RFC 5545 {@code VALUE=DATE}) that stays on the same day in every reader's zone.
 *
 * @param uid the same for every download of the same date, so that importing it again updates the event
 * @param date the day in the space's time zone
 * @param zone the space's time zone, which {@code date} is a day of
 * @param summary the event's title; may hold any text, including what people typed
 * @param description more text under the title; may be empty
 * @param pageUrl the absolute address of the page the date belongs to
 */
public record CalendarEvent(String uid, LocalDate date, ZoneId zone, String summary, String description,
        String pageUrl) {

    public CalendarEvent {
        if (uid == null || uid.isBlank()) {
            throw new IllegalArgumentException("Calendar event: the UID is required.");
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("Calendar event: the summary is required.");
        }
        description = description == null ? "" : description;
        Objects.requireNonNull(pageUrl, "pageUrl");
    }
}
