package org.coachingconversations.domain.quality;

/**
 * A save that names no version although the page has a self-check (so it cannot be told from a stale one), or names
 * one although the page has none. Nothing was written.
 */
public class SelfCheckVersionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private SelfCheckVersionException(String message) {
        super(message);
    }

    static SelfCheckVersionException missing(long pageId, long storedVersion) {
        return new SelfCheckVersionException("The self-check on page " + pageId + " is already saved (version "
                + storedVersion + "); send the version you changed, so that nobody's ticks are overwritten unseen.");
    }

    static SelfCheckVersionException unexpected(long pageId, long sentVersion) {
        return new SelfCheckVersionException("The self-check on page " + pageId + " has not been saved yet, so "
                + "there is no version " + sentVersion + "; leave the version out for the first save.");
    }
}
