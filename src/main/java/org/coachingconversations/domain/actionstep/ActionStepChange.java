package org.coachingconversations.domain.actionstep;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The last change made to a step: who, when and what. A step stored before steps remembered this has none.
 *
 * @param byUserKey the user key of who made it
 * @param at when, to the second
 */
public record ActionStepChange(String byUserKey, Instant at, ActionStepChangeKind kind) {

    public ActionStepChange {
        if (byUserKey == null || byUserKey.isBlank()) {
            throw new IllegalArgumentException("Action step change: the user key of who made it is required.");
        }
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.SECONDS);
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Whether this change was made on {@code day} in {@code zone}: a person whose change met a newer one is told the
     * time of a change made today, and also its date when it was made on another day.
     */
    public boolean madeOn(LocalDate day, ZoneId zone) {
        return at.atZone(zone).toLocalDate().equals(day);
    }
}
