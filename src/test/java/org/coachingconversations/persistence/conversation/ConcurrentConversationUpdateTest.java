package org.coachingconversations.persistence.conversation;

import static org.coachingconversations.persistence.conversation.ConversationTestData.aConversation;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import org.coachingconversations.domain.conversation.ConcurrentUpdateException;
import org.coachingconversations.domain.conversation.Versioned;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
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

    /** Long enough for the second save to read the row and wait for its lock. */
    private static final long SECOND_SAVE_HEAD_START_MILLIS = 500;

    /** Read by AO's DatabaseProvider whenever it starts a transaction. */
    private static final String ISOLATION_PROPERTY = "ao.transaction.isolation.level";

    private EntityManager entityManager;
    private EntityManagerActiveObjects activeObjects;
    private AoConversationRepository target;
    private ExecutorService firstEditor;

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        target = new AoConversationRepository(activeObjects);
        firstEditor = Executors.newSingleThreadExecutor();
    }

    @After
    public void tearDown() {
        firstEditor.shutdownNow();
        System.clearProperty(ISOLATION_PROPERTY);
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

        // Then
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

        // Then
        assertTrue(refused.getMessage().startsWith("Conversation on page 42 "));
        assertTrue(refused.getMessage().endsWith(" Reload the page and try again."));
        assertEquals(new Versioned<>(aConversation().page(42).teacher("teacher-first").build(), 1),
                target.find(42).orElseThrow());
    }

    /**
     * The first editor saves version 0 and keeps its transaction open; the second saves version 0
     * too, reading the row before the first commits (where the database lets it) and then waiting.
     */
    private ConcurrentUpdateException secondOfTwoSimultaneousSaves() throws Exception {
        target.register(aConversation().page(42).build());
        CountDownLatch firstHasWritten = new CountDownLatch(1);
        CountDownLatch secondIsSaving = new CountDownLatch(1);
        Future<Versioned<?>> first = firstEditor.submit(() -> activeObjects.executeInTransaction(() -> {
            Versioned<?> saved = target.update(aConversation().page(42).teacher("teacher-first").build(), 0);
            firstHasWritten.countDown();
            awaitQuietly(secondIsSaving);
            sleepQuietly(SECOND_SAVE_HEAD_START_MILLIS);
            return saved;
        }));
        assertTrue(firstHasWritten.await(30, TimeUnit.SECONDS));
        secondIsSaving.countDown();
        ConcurrentUpdateException refused = assertThrows(ConcurrentUpdateException.class,
                () -> target.update(aConversation().page(42).teacher("teacher-second").build(), 0));
        assertEquals(1, first.get(30, TimeUnit.SECONDS).version());
        return refused;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
