package org.coachingconversations.domain.versioning;

import java.util.Objects;

/**
 * A stored value with the version it was read at. An update names the version it started from; a
 * store refuses it with {@link ConcurrentUpdateException} when someone else saved in between.
 *
 * @param version 0 when first stored, one more with every saved change
 */
public record Versioned<T>(T value, long version) {

    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < 0) {
            throw new IllegalArgumentException("Version " + version + " cannot be negative.");
        }
    }
}
