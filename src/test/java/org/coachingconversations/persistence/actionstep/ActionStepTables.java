package org.coachingconversations.persistence.actionstep;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;

/** The action-step tables, for {@code @Data(ActionStepTables.class)}. */
public final class ActionStepTables implements DatabaseUpdater {

    @SuppressWarnings("unchecked")
    @Override
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(ActionStepEntity.class, OverdueFlagEntity.class);
    }
}
