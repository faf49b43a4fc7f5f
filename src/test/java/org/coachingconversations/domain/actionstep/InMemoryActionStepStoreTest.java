package org.coachingconversations.domain.actionstep;

import org.junit.Before;

public class InMemoryActionStepStoreTest extends ActionStepStoreContract {

    private InMemoryActionStepStore fake;

    @Before
    public void setUp() {
        fake = new InMemoryActionStepStore();
        target = fake;
    }

    @Override
    protected void givenTrashed(long pageId) {
        fake.trash(pageId);
    }
}
