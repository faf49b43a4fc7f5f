package org.coachingconversations.persistence.conversation;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;

/** The four tables of the conversation persistence, as the descriptor declares them. */
public final class ConversationTables implements DatabaseUpdater {

    @SuppressWarnings("unchecked")
    @Override
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(ConversationEntity.class, CycleRecordEntity.class, MilestoneEntity.class,
                AcknowledgementEntity.class);
    }
}
