package org.coachingconversations.domain.quality;

import org.junit.Before;

/** Holds the in-memory store to the contract the SQL store passes. */
public class InMemorySelfCheckStoreTest extends SelfCheckStoreContract {

    @Before
    public void setUp() {
        InMemorySelfCheckStore store = new InMemorySelfCheckStore();
        target = store;
        pages = store;
    }
}
