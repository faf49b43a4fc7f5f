package org.coachingconversations.domain.followup;

import org.coachingconversations.domain.actionstep.ActionStepTestData;
import org.junit.Before;

/** Holds the fake to the contract the SQL repository passes. */
public class InMemoryActionStepRepositoryTest extends ActionStepRepositoryContract {

    private InMemoryActionStepRepository fake;
    private long nextId = 1;

    @Before
    public void setUp() {
        fake = new InMemoryActionStepRepository();
        target = fake;
    }

    @Override
    protected long givenStored(ActionStepTestData step) {
        long id = nextId++;
        fake.add(step.withId(id).build());
        return id;
    }

    @Override
    protected void givenTrashed(long pageId) {
        fake.trash(pageId);
    }
}
