package org.coachingconversations.persistence.conversation;

import static org.coachingconversations.persistence.conversation.ConversationTestData.aConversation;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.ao.LockWaits;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * Two people save the same page from the same version at the same moment, with real transactions on
 * two connections: the one who commits second must be refused, not silently overwrite the first.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ConversationTables.class)
public class ConcurrentConversationUpdateTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Read by AO's DatabaseProvider whenever it starts a transaction. */
    private static final String ISOLATION_PROPERTY = "ao.transaction.isolation.level";

    private EntityManager entityManager;
    private EntityManagerActiveObjects activeObjects;
    private AoConversationRepository target;
    private ExecutorService firstEditor;
    private ExecutorService lockObserver;
    /** Written by the first editor's thread before its future completes, read after {@code get()}. */
    private volatile Optional<String> waitingStatement = Optional.empty();

    @Before
    public void setUp() throws SQLException {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        target = new AoConversationRepository(activeObjects);
        firstEditor = Executors.newSingleThreadExecutor();
        lockObserver = Executors.newSingleThreadExecutor();
        transactionControl("MVCC");
    }

    @After
    public void tearDown() throws SQLException {
        firstEditor.shutdownNow();
        lockObserver.shutdownNow();
        System.clearProperty(ISOLATION_PROPERTY);
        transactionControl("LOCKS");
    }

    /**
     * HSQLDB locks whole tables by default, so the second save would wait already when it reads the row; with
     * multi-version rows it reads the committed version first and waits in {@link RowLocks}, as on PostgreSQL.
     */
    private void transactionControl(String mode) throws SQLException {
        try (Connection connection = entityManager.getProvider().getConnection();
             Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().startsWith("HSQL")) {
                statement.execute("SET DATABASE TRANSACTION CONTROL " + mode);
            }
        }
    }

    /** The host runs AO writes in its own transactions, at the database's default READ COMMITTED. */
    @Test
    @NonTransactional
    public void update_shouldRefuseTheSecondOfTwoSimultaneousSaves_whenTransactionsReadCommitted()
            throws Exception {
        // Given
        System.setProperty(ISOLATION_PROPERTY, "TRANSACTION_READ_COMMITTED");

        // When
        ConcurrentUpdateException refused = secondOfTwoSimultaneousSaves();

        // Then: it read version 0, waited in the lock-taking UPDATE, and then found version 1
        assertTrue("the second save waited in " + waitingStatement, isLockTakingUpdate(waitingStatement));
        assertEquals(OptionalLong.of(1), refused.storedVersion());
        assertEquals(new Versioned<>(aConversation().page(42).teacher("teacher-first").build(), 1),
                target.find(42).orElseThrow());
    }

    /** AO's own transactions are SERIALIZABLE: the database itself refuses the second write. */
    @Test
    @NonTransactional
    public void update_shouldRefuseTheSecondOfTwoSimultaneousSaves_whenTransactionsSerializable()
            throws Exception {
        // Given
        System.setProperty(ISOLATION_PROPERTY, "TRANSACTION_SERIALIZABLE");

        // When
        ConcurrentUpdateException refused = secondOfTwoSimultaneousSaves();

        // Then: the lock-taking UPDATE was refused (after waiting, where the database waits), not a late read
        assertTrue("the second save waited in " + waitingStatement,
                waitingStatement.isEmpty() || isLockTakingUpdate(waitingStatement));
        assertEquals(OptionalLong.empty(), refused.storedVersion());
        assertTrue(refused.getCause() != null);
        assertTrue(refused.getMessage().startsWith("Conversation on page 42 "));
        assertTrue(refused.getMessage().endsWith(" Reload the page and try again."));
        assertEquals(new Versioned<>(aConversation().page(42).teacher("teacher-first").build(), 1),
                target.find(42).orElseThrow());
    }

    /**
     * The first editor saves version 0 and keeps its transaction open; the second saves version 0
     * too. The first commits only once the database reports a statement of the second waiting behind
     * its lock, or once the second was refused while the first still held the row.
     */
    private ConcurrentUpdateException secondOfTwoSimultaneousSaves() throws Exception {
        target.register(aConversation().page(42).build());
        CountDownLatch firstHasWritten = new CountDownLatch(1);
        CountDownLatch secondHasFinished = new CountDownLatch(1);
        Future<Versioned<?>> first = firstEditor.submit(() -> activeObjects.executeInTransaction(() -> {
            Versioned<?> saved = target.update(aConversation().page(42).teacher("teacher-first").build(), 0);
            firstHasWritten.countDown();
            waitingStatement = statementWaitingBehindThisTransaction(secondHasFinished);
            return saved;
        }));
        assertTrue(firstHasWritten.await(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        ConcurrentUpdateException refused;
        try {
            refused = assertThrows(ConcurrentUpdateException.class,
                    () -> target.update(aConversation().page(42).teacher("teacher-second").build(), 0));
        } finally {
            secondHasFinished.countDown();
        }
        assertEquals(1, first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).version());
        return refused;
    }

    /** Asked on another thread, because this one's connection is inside the transaction that holds the lock. */
    private Optional<String> statementWaitingBehindThisTransaction(CountDownLatch secondHasFinished) {
        try {
            return lockObserver.submit(() -> LockWaits.awaitStatementWaitingForALock(entityManager,
                    () -> secondHasFinished.getCount() == 0, PATIENCE)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the second save", e);
        } catch (ExecutionException e) {
            throw new AssertionError("the second save neither waited for the first one's lock nor ended", e.getCause());
        }
    }

    private static boolean isLockTakingUpdate(Optional<String> statement) {
        return statement.filter(sql -> sql.trim().toUpperCase(Locale.ROOT).startsWith("UPDATE")).isPresent();
    }
}
