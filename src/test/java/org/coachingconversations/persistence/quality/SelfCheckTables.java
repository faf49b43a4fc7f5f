package org.coachingconversations.persistence.quality;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;

/** The self-check table, as the descriptor declares it. */
public final class SelfCheckTables implements DatabaseUpdater {

    @SuppressWarnings("unchecked")
    @Override
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(SelfCheckEntity.class);
    }
}
