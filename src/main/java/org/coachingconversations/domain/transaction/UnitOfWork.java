package org.coachingconversations.domain.transaction;

import java.util.function.Supplier;

/**
 * Runs work that touches several stores as one transaction: all of it is committed, or none of it. A unit started
 * inside another joins it.
 */
public interface UnitOfWork {

    <T> T run(Supplier<T> work);
}
