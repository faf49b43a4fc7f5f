package org.coachingconversations.domain.versioning;

import java.util.Objects;

/**
 * A stored value with the version it was read at. An update names the version it started from; a
 * store refuses it with {@link ConcurrentUpdateException} when someone else saved in between.
 * Conversations, Cycle Records, acknowledgements and action steps all use this one wrapper.
 *
 * <p>A version is only ever compared for equality and incremented, so rows stored before the
 * first version was {@value #FIRST_VERSION} (action steps once started at 1) keep working.
 *
 * @param version {@value #FIRST_VERSION} when first stored, one more with every saved change
 */
public record Versioned<T>(T value, long version) {

    public static final long FIRST_VERSION = 0;

    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < FIRST_VERSION) {
            throw new IllegalArgumentException("Version " + version + " cannot be negative.");
        }
    }
}
