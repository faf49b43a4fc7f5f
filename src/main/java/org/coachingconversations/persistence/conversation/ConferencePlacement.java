package org.coachingconversations.persistence.conversation;

import java.time.LocalDate;
import java.util.Optional;
import org.coachingconversations.domain.timeline.DueWindow;

/** Where a Cycle Record's conference date falls against its stored window ({@code CONFERENCE_PLACEMENT}). */
enum ConferencePlacement {
    UNSCHEDULED,
    EARLY,
    WITHIN,
    LATE;

    static ConferencePlacement of(Optional<LocalDate> conferenceOn, DueWindow window) {
        if (conferenceOn.isEmpty()) {
            return UNSCHEDULED;
        }
        LocalDate conference = conferenceOn.get();
        if (conference.isBefore(window.earliest())) {
            return EARLY;
        }
        return conference.isAfter(window.latest()) ? LATE : WITHIN;
    }
}
