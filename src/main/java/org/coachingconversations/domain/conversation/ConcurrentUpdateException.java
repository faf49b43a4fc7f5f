package org.coachingconversations.domain.conversation;

import java.util.OptionalLong;

/**
 * A change started from a state that is no longer the stored one: someone else saved the same
 * page data in between. Nothing was written; the caller reloads and tries again.
 */
public class ConcurrentUpdateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long pageId;
    private final OptionalLong expectedVersion;
    private final long storedVersion;

    private ConcurrentUpdateException(String message, long pageId, OptionalLong expectedVersion, long storedVersion) {
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
                + ". Reload the page and try again.", pageId, OptionalLong.of(expectedVersion), storedVersion);
    }

    /** A first write for the page while someone else's first write is already stored. */
    public static ConcurrentUpdateException alreadyStored(String what, long pageId, long storedVersion) {
        return new ConcurrentUpdateException(what + " on page " + pageId + " was already saved by someone else."
                + " Reload the page and try again.", pageId, OptionalLong.empty(), storedVersion);
    }

    public long pageId() {
        return pageId;
    }

    /** The version the refused change started from; empty when it was a first write. */
    public OptionalLong expectedVersion() {
        return expectedVersion;
    }

    public long storedVersion() {
        return storedVersion;
    }
}
