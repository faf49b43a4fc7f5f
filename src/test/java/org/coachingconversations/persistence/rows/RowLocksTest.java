package org.coachingconversations.persistence.rows;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import net.java.ao.ActiveObjectsException;
import org.junit.Test;

/** Which database failures count as another transaction writing the same row; the real databases: ConcurrentWriteRefusalTest. */
public class RowLocksTest {

    @Test
    public void isTransactionRollback_shouldCountEveryCodeOfClass40_asTheDatabasesReportThem() {
        // Given: PostgreSQL's serialization failure and deadlock, HSQLDB's and H2's 40001, a code of the class no list named
        SQLException postgresDeadlock = new SQLException("deadlock detected", "40P01");
        SQLException serializationFailure = new SQLException("serialization failure", "40001");
        SQLException otherRollback = new SQLException("transaction rollback", "40000");

        // When / Then: wrapped as Active Objects wraps them
        assertTrue(RowLocks.isTransactionRollback(new ActiveObjectsException(postgresDeadlock)));
        assertTrue(RowLocks.isTransactionRollback(new ActiveObjectsException(serializationFailure)));
        assertTrue(RowLocks.isTransactionRollback(new ActiveObjectsException(otherRollback)));
    }

    @Test
    public void isTransactionRollback_shouldNotCountOtherFailures() {
        // Given
        SQLException uniqueViolation = new SQLException("duplicate key", "23505");
        SQLException noState = new SQLException("broken");

        // When / Then
        assertFalse(RowLocks.isTransactionRollback(new ActiveObjectsException(uniqueViolation)));
        assertFalse(RowLocks.isTransactionRollback(new ActiveObjectsException(noState)));
        assertFalse(RowLocks.isTransactionRollback(new IllegalStateException("no SQL at all")));
    }
}
