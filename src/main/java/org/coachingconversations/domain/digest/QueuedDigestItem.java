package org.coachingconversations.domain.digest;

/** An outbox row that still waits to be sent, with the id that settles it. */
public record QueuedDigestItem(long id, DigestItem item) {
}
