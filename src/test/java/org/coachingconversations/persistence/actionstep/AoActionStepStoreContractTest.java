package org.coachingconversations.persistence.actionstep;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.actionstep.ActionStepStoreContract;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.runner.RunWith;

@RunWith(ActiveObjectsTestRunner.class)
@Data(ActionStepTables.class)
public class AoActionStepStoreContractTest extends ActionStepStoreContract {

    private EntityManager entityManager;
    private AoActionStepRepository steps;

    @Before
    public void setUp() {
        steps = new AoActionStepRepository(new EntityManagerActiveObjects(entityManager));
        target = steps;
    }

    @Override
    protected void givenTrashed(long pageId) {
        steps.pageTrashed(pageId);
    }
}
