package org.coachingconversations.persistence.conversation;

import java.sql.SQLException;
import net.java.ao.RawEntity;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;

/**
 * Takes a row's write lock inside the current transaction, so that a version read afterwards is
 * the last committed one and stays so until this transaction ends.
 *
 * <p>Under READ COMMITTED (the host's transactions) the write waits for any other transaction
 * writing the row. Under REPEATABLE READ or SERIALIZABLE (AO's own transactions) the database
 * refuses it instead when another transaction wrote the row first; that refusal is a concurrent
 * update too.
 */
final class RowLocks {

    /** SQLSTATE class 40: transaction rollback (serialization failure, deadlock). */
    private static final String TRANSACTION_ROLLBACK_CLASS = "40";

    private RowLocks() {
    }

    /** @param touch writes a value the row already has, which takes the lock without changing data */
    static void lock(RawEntity<?> row, Runnable touch, String what, long pageId) {
        try {
            touch.run();
            row.save();
        } catch (RuntimeException failure) {
            if (isConcurrentWriteRefusal(failure)) {
                throw ConcurrentUpdateException.concurrentWrite(what, pageId, failure);
            }
            throw failure;
        }
    }

    private static boolean isConcurrentWriteRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(TRANSACTION_ROLLBACK_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
