package org.coachingconversations.persistence.actionstep;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.actionstep.ActionStepTestData;
import org.coachingconversations.domain.followup.ActionStepRepositoryContract;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.runner.RunWith;

/** The SQL repository under the contract its in-memory fake is held to. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ActionStepTables.class)
public class AoActionStepRepositoryContractTest extends ActionStepRepositoryContract {

    private EntityManager entityManager;
    private AoActionStepRepository steps;

    @Before
    public void setUp() {
        steps = new AoActionStepRepository(new EntityManagerActiveObjects(entityManager));
        target = steps;
    }

    @Override
    protected long givenStored(ActionStepTestData step) {
        return StoredSteps.storeId(steps, step);
    }

    @Override
    protected void givenTrashed(long pageId) {
        steps.pageTrashed(pageId);
    }
}
