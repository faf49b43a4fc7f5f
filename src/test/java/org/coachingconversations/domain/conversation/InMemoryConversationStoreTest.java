package org.coachingconversations.domain.conversation;

import org.junit.Before;

/** Holds the in-memory store to the contract the SQL store passes. */
public class InMemoryConversationStoreTest extends ConversationStoreContract {

    private InMemoryConversationStore store;

    @Before
    public void setUp() {
        store = new InMemoryConversationStore();
        target = store;
    }

    @Override
    protected void givenTrashed(long pageId) {
        store.trash(pageId);
    }
}
