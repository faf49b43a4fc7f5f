package org.coachingconversations.persistence.rows;

import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.java.ao.RawEntity;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;

/**
 * Reads a row and takes its write lock inside the current transaction, then reads it again, so
 * that a version compared afterwards is the last committed one and stays so until this
 * transaction ends. Every repository that checks a version locks through here.
 *
 * <p>Under READ COMMITTED (the host's transactions) the write waits for any other transaction
 * writing the row. Under REPEATABLE READ or SERIALIZABLE (AO's own transactions) the database
 * refuses it instead when another transaction wrote the row first; and two transactions that each
 * hold a row the other wants deadlock, which the database breaks by failing one of them. Every
 * such refusal is a concurrent update. The databases report them in SQLSTATE class 40
 * (transaction rollback): PostgreSQL 40001 (serialization failure) and 40P01 (deadlock detected),
 * HSQLDB and H2 40001 for both; so the whole class counts, not a list of codes. HSQLDB locks whole
 * tables and so may fail the read before the write, which is why the reads are covered too.
 */
public final class RowLocks {

    /** SQLSTATE class 40: transaction rollback (serialization failure, deadlock). */
    private static final String TRANSACTION_ROLLBACK_CLASS = "40";

    private RowLocks() {
    }

    /**
     * @param subject names the row in the refusal, e.g. "Conversation on page 42" or "Action step 7"
     * @param read finds the row; null when there is none
     * @param touch writes a value the row already has, which takes the lock without changing data
     * @param absent the failure when there is no row to lock
     * @return the row as read after the lock was taken
     * @throws ConcurrentUpdateException when the database refuses a read or the write because
     *         another transaction is writing the row
     */
    public static <T extends RawEntity<?>> T lockedRow(String subject, Supplier<T> read, Consumer<T> touch,
            Supplier<? extends RuntimeException> absent) {
        try {
            T row = read.get();
            if (row == null) {
                throw absent.get();
            }
            touch.accept(row);
            row.save();
            T current = read.get();
            if (current == null) {
                throw absent.get();
            }
            return current;
        } catch (RuntimeException failure) {
            if (isTransactionRollback(failure)) {
                throw ConcurrentUpdateException.concurrentWrite(subject, failure);
            }
            throw failure;
        }
    }

    static boolean isTransactionRollback(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(TRANSACTION_ROLLBACK_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
