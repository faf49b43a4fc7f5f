package org.coachingconversations.persistence.settings;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.settings.SpaceSettingsStoreContract;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.sal.FixedTimeZoneManager;
import org.junit.Before;
import org.junit.runner.RunWith;

/** The SQL store under the contract its in-memory fake is held to. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(AoSpaceSettingsRepositoryTest.Tables.class)
public class AoSpaceSettingsStoreContractTest extends SpaceSettingsStoreContract {

    private EntityManager entityManager;

    @Before
    public void setUp() {
        target = new AoSpaceSettingsRepository(new EntityManagerActiveObjects(entityManager),
                new FixedTimeZoneManager(SITE_ZONE));
    }
}
