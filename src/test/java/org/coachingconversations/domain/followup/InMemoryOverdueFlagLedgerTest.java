package org.coachingconversations.domain.followup;

import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepTestData;
import org.junit.Before;

/** Holds the fake to the contract the SQL ledger passes. */
public class InMemoryOverdueFlagLedgerTest extends OverdueFlagLedgerContract {

    private long nextId = 1;

    @Before
    public void setUp() {
        target = new InMemoryOverdueFlagLedger();
    }

    @Override
    protected ActionStep givenStored(ActionStepTestData step) {
        return step.withId(nextId++).build();
    }
}
