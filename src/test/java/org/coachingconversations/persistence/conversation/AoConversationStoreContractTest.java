package org.coachingconversations.persistence.conversation;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.conversation.ConversationStoreContract;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.runner.RunWith;

/** The SQL store under the contract its in-memory counterpart is held to. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ConversationTables.class)
public class AoConversationStoreContractTest extends ConversationStoreContract {

    private EntityManager entityManager;
    private AoConversationPageData pages;

    @Before
    public void setUp() {
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        pages = new AoConversationPageData(activeObjects);
        target = new AoConversationRepository(activeObjects);
    }

    @Override
    protected void givenTrashed(long pageId) {
        pages.pageTrashed(pageId);
    }
}
