package org.coachingconversations.testing.contract;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.OptionalLong;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.junit.function.ThrowingRunnable;

/**
 * The one place contract suites name the optimistic-version conflict, so that a change to that exception changes
 * this class, not every contract.
 */
public final class VersionConflicts {

    private VersionConflicts() {
    }

    /**
     * Asserts that {@code write} is refused as a change made to {@code expectedVersion} while the store holds
     * {@code storedVersion}.
     */
    public static void assertStaleVersion(long expectedVersion, long storedVersion, ThrowingRunnable write) {
        ConcurrentUpdateException refused = assertThrows(ConcurrentUpdateException.class, write);
        assertEquals(OptionalLong.of(storedVersion), refused.storedVersion());
        assertEquals(OptionalLong.of(expectedVersion), refused.expectedVersion());
    }
}
