package org.coachingconversations.domain.actionstep;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The last change made to a step: who, when and what. A step stored before steps remembered this has none.
 *
 * @param byUserKey the user key of who made it
 * @param at when, to the second
 */
public record ActionStepChange(String byUserKey, Instant at, ActionStepChangeKind kind) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String NOT_SAVED = " Your change was not saved; the current step is shown.";

    public ActionStepChange {
        if (byUserKey == null || byUserKey.isBlank()) {
            throw new IllegalArgumentException("Action step change: the user key of who made it is required.");
        }
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.SECONDS);
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * What a person whose change met a newer one reads: "Ana Ruiz changed this step at 10:12 (marked it done). Your
     * change was not saved; the current step is shown." The time is in the space's zone; a change made on another
     * day also names its date.
     *
     * @param last the step's last change; empty for a step stored before steps remembered it
     * @param changerName the display name of {@link #byUserKey()}, or empty when the host no longer knows the user
     */
    public static String conflictMessage(Optional<ActionStepChange> last, Optional<String> changerName, ZoneId zone,
            LocalDate today) {
        if (last.isEmpty()) {
            return "Someone else changed this step since you loaded it." + NOT_SAVED;
        }
        ZonedDateTime when = last.get().at().atZone(zone);
        String whenText = when.toLocalDate().equals(today) ? "at " + TIME.format(when)
                : "on " + when.toLocalDate() + " at " + TIME.format(when);
        return changerName.filter(name -> !name.isBlank()).orElse("Someone else") + " changed this step " + whenText
                + " (" + last.get().kind().phrase() + ")." + NOT_SAVED;
    }
}
