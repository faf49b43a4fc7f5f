package org.coachingconversations.persistence.conversation;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.followup.ConversationRepositoryContract;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.runner.RunWith;

/** The SQL repository under the contract its in-memory fake is held to. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ConversationTables.class)
public class AoConversationRepositoryContractTest extends ConversationRepositoryContract {

    private EntityManager entityManager;
    private AoConversationRepository conversations;
    private AoConversationPageData pages;

    @Before
    public void setUp() {
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        conversations = new AoConversationRepository(activeObjects);
        pages = new AoConversationPageData(activeObjects);
        target = conversations;
    }

    @Override
    protected void givenStored(StoredConversation... stored) {
        for (StoredConversation conversation : stored) {
            conversations.register(conversation);
        }
    }

    /** The action plan records this flag whenever a page's steps change. */
    @Override
    protected void givenLeadsToAction(StoredConversation conversation) {
        conversations.recordLeadsToAction(conversation.pageId(), true);
    }

    @Override
    protected void givenTrashed(long pageId) {
        pages.pageTrashed(pageId);
    }
}
