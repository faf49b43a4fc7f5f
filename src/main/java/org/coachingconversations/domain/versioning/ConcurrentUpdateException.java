package org.coachingconversations.domain.versioning;

import java.util.OptionalLong;

/**
 * A change started from a state that is no longer the stored one: someone else saved the same
 * thing (a page's data, an action step) in between. Nothing was written; the caller reloads and
 * tries again. Every store of a {@link Versioned} value refuses with this one exception and the
 * same wording, so a stale edit reads the same to the user whatever it was about.
 */
public class ConcurrentUpdateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final String RELOAD = " Reload the page and try again.";

    private final String subject;
    private final OptionalLong expectedVersion;
    private final OptionalLong storedVersion;

    private ConcurrentUpdateException(String subject, String message, OptionalLong expectedVersion,
            OptionalLong storedVersion) {
        super(subject + message + RELOAD);
        this.subject = subject;
        this.expectedVersion = expectedVersion;
        this.storedVersion = storedVersion;
    }

    /**
     * An update made to {@code expectedVersion} while the store holds {@code storedVersion}.
     *
     * @param subject what was changed, as the message starts: "Conversation on page 42", "Action step 7"
     */
    public static ConcurrentUpdateException staleVersion(String subject, long expectedVersion, long storedVersion) {
        return new ConcurrentUpdateException(subject, " was changed by someone else: it is at version "
                + storedVersion + ", this change was made to version " + expectedVersion + ".",
                OptionalLong.of(expectedVersion), OptionalLong.of(storedVersion));
    }

    /** A first write while someone else's first write is already stored. */
    public static ConcurrentUpdateException alreadyStored(String subject, long storedVersion) {
        return new ConcurrentUpdateException(subject, " was already saved by someone else.", OptionalLong.empty(),
                OptionalLong.of(storedVersion));
    }

    /**
     * The database refused the write because another transaction was writing the same row (a
     * serialization failure or deadlock); which version won is not known until it commits.
     */
    public static ConcurrentUpdateException concurrentWrite(String subject, Throwable cause) {
        ConcurrentUpdateException exception = new ConcurrentUpdateException(subject,
                " is being changed by someone else at this moment.", OptionalLong.empty(), OptionalLong.empty());
        exception.initCause(cause);
        return exception;
    }

    /** What was changed, e.g. "Conversation on page 42" or "Action step 7". */
    public String subject() {
        return subject;
    }

    /** The version the refused change started from; empty when it was a first write or the database refused it. */
    public OptionalLong expectedVersion() {
        return expectedVersion;
    }

    /** The version stored when the change was refused; empty when the database refused it mid-write. */
    public OptionalLong storedVersion() {
        return storedVersion;
    }
}
