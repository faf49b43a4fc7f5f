package org.coachingconversations.persistence.actionstep;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepTestData;
import org.coachingconversations.domain.followup.OverdueFlagLedgerContract;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.runner.RunWith;

/** The SQL ledger under the contract its in-memory fake is held to. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ActionStepTables.class)
public class AoOverdueFlagLedgerContractTest extends OverdueFlagLedgerContract {

    private EntityManager entityManager;
    private AoActionStepRepository steps;

    @Before
    public void setUp() {
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        steps = new AoActionStepRepository(activeObjects);
        target = new AoOverdueFlagLedger(activeObjects);
    }

    @Override
    protected ActionStep givenStored(ActionStepTestData step) {
        return StoredSteps.store(steps, step).value();
    }
}
