package org.coachingconversations.persistence.dashboard;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;
import org.coachingconversations.persistence.actionstep.ActionStepTables;
import org.coachingconversations.persistence.conversation.ConversationTables;
import org.coachingconversations.persistence.quality.SelfCheckTables;

/** Every table the follow-up dashboard reads, for {@code @Data(DashboardTables.class)}. */
public final class DashboardTables implements DatabaseUpdater {

    @SuppressWarnings("unchecked")
    @Override
    public void update(EntityManager entityManager) throws Exception {
        new ConversationTables().update(entityManager);
        new ActionStepTables().update(entityManager);
        new SelfCheckTables().update(entityManager);
        entityManager.migrate(RestrictedPageEntity.class);
    }
}
