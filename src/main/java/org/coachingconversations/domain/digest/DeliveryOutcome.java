package org.coachingconversations.domain.digest;

/** What became of an outbox row; every outcome is final, so a row is delivered at most once. */
public enum DeliveryOutcome {
    /** Handed to the host's mail queue in a digest. */
    SENT,
    /** Left out: the recipient may no longer view the page (its title and text are never sent). */
    NOT_VISIBLE,
    /** Left out: the recipient switched digests off after the row was queued. */
    OPTED_OUT,
    /** Left out: the host knows no e-mail address for the recipient (or no longer knows the recipient). */
    NO_ADDRESS
}
