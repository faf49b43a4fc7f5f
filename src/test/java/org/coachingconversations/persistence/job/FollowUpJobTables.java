package org.coachingconversations.persistence.job;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;
import org.coachingconversations.persistence.actionstep.ActionStepEntity;
import org.coachingconversations.persistence.actionstep.OverdueFlagEntity;
import org.coachingconversations.persistence.digest.DigestOptOutEntity;
import org.coachingconversations.persistence.digest.DigestOutboxEntity;
import org.coachingconversations.persistence.settings.SpaceSettingsEntity;

/** The tables the daily job reads and writes, for {@code @Data(FollowUpJobTables.class)}. */
public final class FollowUpJobTables implements DatabaseUpdater {

    @SuppressWarnings("unchecked")
    @Override
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(SpaceSettingsEntity.class, ActionStepEntity.class, OverdueFlagEntity.class,
                DigestOutboxEntity.class, DigestOptOutEntity.class, FollowUpRunEntity.class);
    }
}
