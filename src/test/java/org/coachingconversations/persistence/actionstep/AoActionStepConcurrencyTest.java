package org.coachingconversations.persistence.actionstep;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.SOMEONE;
import static org.coachingconversations.persistence.actionstep.StoredSteps.aNewStep;
import static org.coachingconversations.persistence.actionstep.StoredSteps.store;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDetails;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * Two people saving the same step at the same moment, with real commits on the real database: at READ COMMITTED,
 * the isolation Confluence's transactions run at, and at SERIALIZABLE, Active Objects' own default.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ActionStepTables.class)
public class AoActionStepConcurrencyTest {

    private EntityManager entityManager;

    private EntityManagerActiveObjects activeObjects;

    private AoActionStepRepository target;

    private final ExecutorService people = Executors.newFixedThreadPool(2);

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        target = new AoActionStepRepository(activeObjects);
    }

    @After
    public void tearDown() {
        people.shutdownNow();
    }

    /** Read by Active Objects each time it starts a transaction. */
    private static final String ISOLATION_PROPERTY = "ao.transaction.isolation.level";

    @Test
    @NonTransactional
    public void update_shouldRefuseTheSecondEdit_whenTheFirstIsStillCommitting_atReadCommitted() throws Exception {
        withIsolation("TRANSACTION_READ_COMMITTED", this::secondOfTwoSimultaneousEditsIsRefused);
    }

    @Test
    @NonTransactional
    public void update_shouldRefuseTheSecondEdit_whenTheFirstIsStillCommitting_atSerializable() throws Exception {
        withIsolation("TRANSACTION_SERIALIZABLE", this::secondOfTwoSimultaneousEditsIsRefused);
    }

    private void secondOfTwoSimultaneousEditsIsRefused() throws Exception {
        // Given: both read version 1; the first saves, and its transaction stays open until released
        Versioned<ActionStep> read = store(target, aNewStep().withDescription("Original"));
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Future<Versioned<ActionStep>> first = people.submit(() -> activeObjects.executeInTransaction(() -> {
            Versioned<ActionStep> saved = target.update(read.value().id(), read.version(),
                    ActionStepDetails.of(read.value()).withDescription("First edit"), SOMEONE);
            firstWritten.countDown();
            awaitQuietly(releaseFirst);
            return saved;
        }));
        assertTrue("the first edit did not reach its write", firstWritten.await(20, TimeUnit.SECONDS));

        // When: the second saves while the first has not committed yet
        Future<Versioned<ActionStep>> second = people.submit(() -> target.update(read.value().id(), read.version(),
                ActionStepDetails.of(read.value()).withDescription("Second edit"), SOMEONE));
        CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS))
                .thenRun(releaseFirst::countDown);

        // Then
        assertEquals(read.version() + 1, first.get(20, TimeUnit.SECONDS).version());
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> second.get(20, TimeUnit.SECONDS));
        assertTrue(String.valueOf(refused.getCause()), refused.getCause() instanceof ConcurrentUpdateException);
        Versioned<ActionStep> stored = target.find(read.value().id()).orElseThrow();
        assertEquals("First edit", stored.value().description());
        assertEquals(read.version() + 1, stored.version());
    }

    private static void withIsolation(String level, Scenario scenario) throws Exception {
        String before = System.getProperty(ISOLATION_PROPERTY);
        System.setProperty(ISOLATION_PROPERTY, level);
        try {
            scenario.run();
        } finally {
            if (before == null) {
                System.clearProperty(ISOLATION_PROPERTY);
            } else {
                System.setProperty(ISOLATION_PROPERTY, before);
            }
        }
    }

    @FunctionalInterface
    private interface Scenario {
        void run() throws Exception;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
