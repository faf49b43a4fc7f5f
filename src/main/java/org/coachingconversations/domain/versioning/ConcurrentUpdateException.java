package org.coachingconversations.domain.versioning;

import java.util.OptionalLong;

/**
 * A change started from a state that is no longer the stored one: someone else saved the same
 * page data in between. Nothing was written; the caller reloads and tries again.
 */
public class ConcurrentUpdateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long pageId;
    private final OptionalLong expectedVersion;
    private final OptionalLong storedVersion;

    private ConcurrentUpdateException(String message, long pageId, OptionalLong expectedVersion,
            OptionalLong storedVersion) {
        super(message);
        this.pageId = pageId;
        this.expectedVersion = expectedVersion;
        this.storedVersion = storedVersion;
    }

    /** An update made to {@code expectedVersion} while the store holds {@code storedVersion}. */
    public static ConcurrentUpdateException staleVersion(String what, long pageId, long expectedVersion,
            long storedVersion) {
        return new ConcurrentUpdateException(what + " on page " + pageId + " was changed by someone else: it is at"
                + " version " + storedVersion + ", this change was made to version " + expectedVersion
                + ". Reload the page and try again.", pageId, OptionalLong.of(expectedVersion), OptionalLong.of(storedVersion));
    }

    /** A first write for the page while someone else's first write is already stored. */
    public static ConcurrentUpdateException alreadyStored(String what, long pageId, long storedVersion) {
        return new ConcurrentUpdateException(what + " on page " + pageId + " was already saved by someone else."
                + " Reload the page and try again.", pageId, OptionalLong.empty(), OptionalLong.of(storedVersion));
    }

    /**
     * The database refused the write because another transaction was writing the same row (a
     * serialization failure or deadlock); which version won is not known until it commits.
     */
    public static ConcurrentUpdateException concurrentWrite(String what, long pageId, Throwable cause) {
        ConcurrentUpdateException exception = new ConcurrentUpdateException(what + " on page " + pageId
                + " is being changed by someone else at this moment. Reload the page and try again.", pageId,
                OptionalLong.empty(), OptionalLong.empty());
        exception.initCause(cause);
        return exception;
    }

    public long pageId() {
        return pageId;
    }

    /** The version the refused change started from; empty when it was a first write. */
    public OptionalLong expectedVersion() {
        return expectedVersion;
    }

    /** The version stored when the change was refused; empty when the database refused it mid-write. */
    public OptionalLong storedVersion() {
        return storedVersion;
    }
}
