package org.coachingconversations.sandbox.data;

import java.time.Instant;

/** A mail the host would have sent; the sandbox keeps it in its outbox instead. */
public record OutboxMessage(long id, Instant queued, String recipient, String subject, String body, String mimeType) {
}
