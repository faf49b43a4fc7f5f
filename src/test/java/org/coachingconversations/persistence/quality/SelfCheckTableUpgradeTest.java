package org.coachingconversations.persistence.quality;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.quality.QualitySelfCheck;
import org.coachingconversations.domain.quality.SavedSelfCheck;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.persistence.conversation.AoConversationRepository;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.ao.PluginTables;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * An installation from before the self-check: every table but {@code SELF_CHECK}, with data. Migrating the
 * descriptor's entities, as the AO plugin does when the new version starts, adds the table and keeps every row.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(SelfCheckTableUpgradeTest.BeforeTheSelfCheck.class)
public class SelfCheckTableUpgradeTest {

    private EntityManager entityManager;

    /** The descriptor's tables without the self-check's. */
    public static final class BeforeTheSelfCheck implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            List<Class<? extends RawEntity<?>>> earlier = PluginTables.entities().stream()
                    .filter(entity -> entity != SelfCheckEntity.class).toList();
            entityManager.migrate(earlier.toArray(new Class[0]));
        }
    }

    @Test
    @NonTransactional
    public void migrate_shouldAddTheSelfCheckTable_andKeepEveryStoredConversation() throws Exception {
        // Given
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        AoConversationRepository conversations = new AoConversationRepository(activeObjects);
        StoredConversation stored = new StoredConversation(42, "LINCOLN", ConversationType.COACHING_CONVERSATION,
                "teacher-ana", Optional.of("coach-maria"), LocalDate.of(2026, 12, 1), Optional.empty(),
                Optional.empty());
        conversations.register(stored);

        // When
        new PluginTables().update(entityManager);

        // Then
        assertEquals(Optional.of(new Versioned<>(stored, 0)), conversations.find(42));
        SavedSelfCheck first = new SavedSelfCheck("LINCOLN", QualitySelfCheck.forConversation(42).build(),
                "coach-maria", Instant.parse("2026-12-03T10:12:00Z"));
        AoSelfCheckStore selfChecks = new AoSelfCheckStore(activeObjects);
        assertEquals(new Versioned<>(first, 0), selfChecks.saveFirst(first));
        assertEquals(Optional.of(new Versioned<>(first, 0)), selfChecks.find(42));
    }
}
