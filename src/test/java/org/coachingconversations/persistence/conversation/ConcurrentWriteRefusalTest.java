package org.coachingconversations.persistence.conversation;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.SOMEONE;
import static org.coachingconversations.persistence.conversation.ConversationTestData.aConversation;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDetails;
import org.coachingconversations.domain.actionstep.ActionStepTestData;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.persistence.actionstep.ActionStepTables;
import org.coachingconversations.persistence.actionstep.AoActionStepRepository;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * A deadlock between a conversation save and an action-step save, with real transactions on the
 * real database: each of two people changes both, in opposite order, inside one transaction. The
 * database breaks the deadlock by failing one of them (PostgreSQL with SQLSTATE 40P01, HSQLDB and
 * H2 with 40001); whichever row that person was waiting for, the refusal is the same
 * {@link ConcurrentUpdateException} with the same wording, and the other person's changes stand.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ConcurrentWriteRefusalTest.Tables.class)
public class ConcurrentWriteRefusalTest {

    private static final long PAGE = 42;

    /** Read by Active Objects each time it starts a transaction. */
    private static final String ISOLATION_PROPERTY = "ao.transaction.isolation.level";

    private EntityManager entityManager;
    private EntityManagerActiveObjects activeObjects;
    private AoConversationRepository conversations;
    private AoActionStepRepository target;
    private final ExecutorService people = Executors.newFixedThreadPool(2);

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        conversations = new AoConversationRepository(activeObjects);
        target = new AoActionStepRepository(activeObjects);
    }

    @After
    public void tearDown() {
        people.shutdownNow();
        System.clearProperty(ISOLATION_PROPERTY);
    }

    /** Confluence's own transactions run at READ COMMITTED, where the two writers wait for each other. */
    @Test
    @NonTransactional
    public void update_shouldRefuseOneOfTwoDeadlockedSaves_asAConcurrentUpdate_andKeepTheOther() throws Exception {
        // Given
        System.setProperty(ISOLATION_PROPERTY, "TRANSACTION_READ_COMMITTED");
        conversations.register(aConversation().page(PAGE).build());
        Versioned<ActionStep> step = target.addToPage(PAGE, List.of(ActionStepTestData.anActionStep()
                .withId(ActionStep.UNSAVED_ID).onPage(PAGE).inSpace(ConversationTestData.SPACE).build())).get(0);
        long stepId = step.value().id();
        CountDownLatch conversationLocked = new CountDownLatch(1);
        CountDownLatch stepLocked = new CountDownLatch(1);

        // When
        Future<String> conversationFirst = people.submit(() -> activeObjects.executeInTransaction(() -> {
            conversations.update(aConversation().page(PAGE).teacher("teacher-first").build(), 0);
            conversationLocked.countDown();
            await(stepLocked);
            target.update(stepId, step.version(), ActionStepDetails.of(step.value()).withDescription("First"), SOMEONE);
            return "first";
        }));
        Future<String> stepFirst = people.submit(() -> activeObjects.executeInTransaction(() -> {
            target.update(stepId, step.version(), ActionStepDetails.of(step.value()).withDescription("Second"), SOMEONE);
            stepLocked.countDown();
            await(conversationLocked);
            conversations.update(aConversation().page(PAGE).teacher("teacher-second").build(), 0);
            return "second";
        }));

        // Then
        List<String> committed = new ArrayList<>();
        List<ConcurrentUpdateException> refused = new ArrayList<>();
        for (Future<String> person : List.of(conversationFirst, stepFirst)) {
            try {
                committed.add(person.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException failure) {
                assertTrue(String.valueOf(failure.getCause()), failure.getCause() instanceof ConcurrentUpdateException);
                refused.add((ConcurrentUpdateException) failure.getCause());
            }
        }
        assertEquals(1, committed.size());
        assertEquals(1, refused.size());
        String message = refused.get(0).getMessage();
        assertTrue(message, message.equals("Conversation on page 42 is being changed by someone else at this moment."
                + " Reload the page and try again.") || message.equals("Action step " + stepId
                + " is being changed by someone else at this moment. Reload the page and try again."));
        String winner = committed.get(0);
        assertEquals("teacher-" + winner, conversations.find(PAGE).orElseThrow().value().teacherKey());
        assertEquals(winner.equals("first") ? "First" : "Second",
                target.find(stepId).orElseThrow().value().description());
        assertEquals(1, conversations.find(PAGE).orElseThrow().version());
        assertEquals(step.version() + 1, target.find(stepId).orElseThrow().version());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue("the other person did not reach their first save", latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Both the conversation tables and the action-step tables. */
    public static final class Tables implements DatabaseUpdater {

        @Override
        public void update(EntityManager entityManager) throws Exception {
            new ConversationTables().update(entityManager);
            new ActionStepTables().update(entityManager);
        }
    }
}
