package org.coachingconversations.domain.digest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The digest outbox: rows written in the same transaction as the overdue flags they tell about, drained afterwards.
 * A row is keyed by step, due date and recipient, and once settled it is never sent again, so a crash between
 * queueing and sending, or a second run, cannot send the same line twice.
 */
public interface DigestOutbox {

    /**
     * Queues the items that were never queued before (same step, due date and recipient); joins the caller's
     * transaction.
     *
     * @return how many rows were added
     */
    int queue(Collection<DigestItem> items, long runId, Instant queuedAt);

    /** The recipients who have rows waiting, in a stable order. */
    List<String> recipientsWithPending();

    /** The rows waiting for this recipient, oldest due date first. */
    List<QueuedDigestItem> pendingFor(String recipientKey);

    /**
     * Settles these rows if they are still waiting.
     *
     * @return how many rows this call settled (a row settled before is not counted)
     */
    int settle(Collection<Long> rowIds, DeliveryOutcome outcome, Instant settledAt);

    /** Puts rows settled as {@link DeliveryOutcome#SENT} back to waiting, when the host refused to queue their mail. */
    void reopen(Collection<Long> rowIds);
}
