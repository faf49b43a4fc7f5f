package org.coachingconversations.domain.quality;

/**
 * A save that names no version although the page has a self-check (so it cannot be told from a stale one), or names
 * one although the page has none. Nothing was written.
 */
public class SelfCheckVersionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final boolean saved;
    private final long version;

    private SelfCheckVersionException(String message, boolean saved, long version) {
        super(message);
        this.saved = saved;
        this.version = version;
    }

    /**
     * Whether the page has a self-check: then the save named no version, and {@link #version()} is the stored one;
     * otherwise the save named {@link #version()} although there is nothing to change yet.
     */
    public boolean saved() {
        return saved;
    }

    public long version() {
        return version;
    }

    static SelfCheckVersionException missing(long pageId, long storedVersion) {
        return new SelfCheckVersionException("The self-check on page " + pageId + " is already saved (version "
                + storedVersion + ") but the save named no version.", true, storedVersion);
    }

    static SelfCheckVersionException unexpected(long pageId, long sentVersion) {
        return new SelfCheckVersionException("The self-check on page " + pageId + " has not been saved yet, so "
                + "there is no version " + sentVersion + ".", false, sentVersion);
    }
}
