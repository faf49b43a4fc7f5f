package org.coachingconversations.domain.job;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs work only if no other run of the same job holds the cluster-wide lock: the scheduled run and an
 * administrator's "Run now" never overlap, on one node or on several.
 */
public interface ExclusiveRun {

    /** The work's result, or empty without running it when another run holds the lock. */
    <T> Optional<T> ifFree(Supplier<T> work);
}
