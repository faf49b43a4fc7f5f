package org.coachingconversations.testing.ao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import net.java.ao.EntityManager;

/**
 * Asks the database itself whether a session waits for a lock, so that a concurrency test can release its first
 * writer exactly when the second is blocked behind it instead of guessing with a sleep.
 */
public final class LockWaits {

    private static final long POLL_MILLIS = 10;

    private LockWaits() {
    }

    /**
     * Polls, on a connection of its own outside any transaction, until some session of the database waits for a
     * lock another holds, or until {@code stopWhen} is true; call it from a thread without an open AO transaction.
     *
     * @return the statement that waits, as the database reports it; empty when {@code stopWhen} came first
     * @throws AssertionError when neither happens within {@code timeout}, or the database is not one this knows
     */
    public static Optional<String> awaitStatementWaitingForALock(EntityManager entityManager, BooleanSupplier stopWhen,
            Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<String> waiting = statementWaitingForALock(entityManager);
            if (waiting.isPresent() || stopWhen.getAsBoolean()) {
                return waiting;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no session waited for a lock within " + timeout);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static Optional<String> statementWaitingForALock(EntityManager entityManager) throws SQLException {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            try (PreparedStatement statement = connection.prepareStatement(waitingStatementQuery(product));
                 ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(String.valueOf(rows.getString(1))) : Optional.empty();
            }
        }
    }

    private static String waitingStatementQuery(String product) {
        if (product.startsWith("PostgreSQL")) {
            // pg_stat_activity is read afresh here because the connection is in autocommit
            return "SELECT query FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()";
        }
        if (product.startsWith("HSQL")) {
            return "SELECT CURRENT_STATEMENT FROM INFORMATION_SCHEMA.SYSTEM_SESSIONS WHERE THIS_WAITING_FOR <> ''";
        }
        if (product.startsWith("H2")) {
            return "SELECT EXECUTING_STATEMENT FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL";
        }
        throw new AssertionError("cannot see lock waits on " + product);
    }
}
