/**
 * The overdue digest: what the daily job queues for each owner of a newly overdue step (an outbox written in the
 * same transaction as the step's flag), who asked not to receive it, and the host's mail as a port.
 */
package org.coachingconversations.domain.digest;
