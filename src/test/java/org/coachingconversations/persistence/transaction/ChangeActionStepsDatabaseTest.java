package org.coachingconversations.persistence.transaction;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import org.coachingconversations.application.actionstep.ChangeActionSteps;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.persistence.actionstep.AoActionStepRepository;
import org.coachingconversations.persistence.conversation.AoConversationRepository;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.ao.PluginTables;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.SOMEONE;
import static org.coachingconversations.domain.actionstep.ActionStepTestData.anActionStep;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The "leads to action" share on dashboards follows every change of a page's steps, atomically. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(PluginTables.class)
public class ChangeActionStepsDatabaseTest {

    private static final String SPACE = "MATH";
    private static final long PAGE = 501;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private EntityManager entityManager;
    private AoActionStepRepository steps;
    private AoConversationRepository conversations;
    private ChangeActionSteps target;

    @Before
    public void setUp() {
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        steps = new AoActionStepRepository(activeObjects);
        conversations = new AoConversationRepository(activeObjects);
        AoUnitOfWork unitOfWork = new AoUnitOfWork(activeObjects);
        target = new ChangeActionSteps(steps, conversations, unitOfWork);
        conversations.register(new StoredConversation(PAGE, SPACE, ConversationType.COACHING_CONVERSATION, "teacher-ana",
                Optional.of("coach-maria"), TODAY, Optional.empty(), Optional.empty()));
    }

    @Test
    public void addToPage_shouldCountTheConversationAsLeadingToAction_whenAStepHasAnOwnerAndADueDate() {
        // When
        target.addToPage(PAGE, List.of(anActionStep().withId(ActionStep.UNSAVED_ID).onPage(PAGE).inSpace(SPACE).ownedBy("teacher-ana")
                .dueOn("2026-03-13").build()));

        // Then
        assertEquals(1, conversations.countConversationsLeadingToAction(SPACE));
    }

    @Test
    public void addToPage_shouldNotCountTheConversation_whenNoStepIsBothOwnedAndDated() {
        // When
        target.addToPage(PAGE, List.of(
                anActionStep().withId(ActionStep.UNSAVED_ID).onPage(PAGE).inSpace(SPACE).ownedBy("teacher-ana")
                        .dueOn(null).build(),
                anActionStep().withId(ActionStep.UNSAVED_ID).onPage(PAGE).inSpace(SPACE).ownedBy(null)
                        .dueOn("2026-03-13").build()));

        // Then
        assertEquals(0, conversations.countConversationsLeadingToAction(SPACE));
    }

    @Test
    public void changeStatus_shouldStopCountingTheConversation_whenItsOnlyOwnedDatedStepIsDropped() {
        // Given
        Versioned<ActionStep> step = target.addToPage(PAGE, List.of(anActionStep().withId(ActionStep.UNSAVED_ID).onPage(PAGE).inSpace(SPACE)
                .ownedBy("teacher-ana").dueOn("2026-03-13").build())).get(0);

        // When
        target.changeStatus(step.value().id(), step.version(), ActionStepStatus.DROPPED, TODAY, SOMEONE);

        // Then
        assertEquals(0, conversations.countConversationsLeadingToAction(SPACE));
    }

    @Test
    public void delete_shouldStopCountingTheConversation_whenItsOnlyOwnedDatedStepIsDeleted() {
        // Given
        Versioned<ActionStep> step = target.addToPage(PAGE, List.of(anActionStep().withId(ActionStep.UNSAVED_ID).onPage(PAGE).inSpace(SPACE)
                .ownedBy("teacher-ana").dueOn("2026-03-13").build())).get(0);

        // When
        target.delete(step.value().id(), step.version());

        // Then
        assertEquals(0, conversations.countConversationsLeadingToAction(SPACE));
        assertTrue(steps.findOnPage(PAGE).isEmpty());
    }

    @Test
    @NonTransactional // the runner's own per-test transaction would otherwise swallow the rollback under test
    public void addToPage_shouldKeepNoStep_whenTheConversationCannotBeUpdated() {
        // Given a conversation store that fails after the steps were written
        ConversationStore failing = new FailingConversationStore(conversations);
        ChangeActionSteps plan = new ChangeActionSteps(steps, failing, new AoUnitOfWork(new EntityManagerActiveObjects(entityManager)));

        // When
        assertThrows(IllegalStateException.class, () -> plan.addToPage(PAGE, List.of(anActionStep().withId(ActionStep.UNSAVED_ID).onPage(PAGE)
                .inSpace(SPACE).ownedBy("teacher-ana").dueOn("2026-03-13").build())));

        // Then the steps were rolled back with it
        assertEquals(List.of(), steps.findOnPage(PAGE));
    }

    /** Our own port, failing the way a lost database connection would, after the steps were written. */
    private static final class FailingConversationStore implements ConversationStore {

        private final ConversationStore delegate;

        FailingConversationStore(ConversationStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public Versioned<StoredConversation> register(StoredConversation conversation) {
            return delegate.register(conversation);
        }

        @Override
        public Versioned<StoredConversation> update(StoredConversation conversation, long expectedVersion) {
            return delegate.update(conversation, expectedVersion);
        }

        @Override
        public Optional<Versioned<StoredConversation>> find(long pageId) {
            return delegate.find(pageId);
        }

        @Override
        public void recordLeadsToAction(long pageId, boolean leadsToAction) {
            throw new IllegalStateException("connection lost");
        }
    }
}
