package org.coachingconversations.domain.digest;

import java.util.Optional;

/**
 * The host's mail: renders a digest and hands it to the host's own mail queue (the app never speaks SMTP). Page
 * titles are read here, for pages the caller already checked the recipient may view.
 */
public interface DigestMail {

    /** The recipient's e-mail address; empty when the host knows none (or no longer knows the person). */
    Optional<String> addressOf(String recipientKey);

    /**
     * Renders the digest and queues it for {@code address}.
     *
     * @throws RuntimeException when it cannot be rendered or queued; nothing was queued then
     */
    void send(String address, Digest digest);
}
