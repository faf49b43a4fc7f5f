package org.coachingconversations.persistence.quality;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.quality.SelfCheckStoreContract;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.runner.RunWith;

/** The SQL store under the contract its in-memory counterpart is held to, on a real database. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(SelfCheckTables.class)
public class AoSelfCheckStoreContractTest extends SelfCheckStoreContract {

    private EntityManager entityManager;

    @Before
    public void setUp() {
        AoSelfCheckStore store = new AoSelfCheckStore(new EntityManagerActiveObjects(entityManager));
        target = store;
        pages = store;
    }
}
