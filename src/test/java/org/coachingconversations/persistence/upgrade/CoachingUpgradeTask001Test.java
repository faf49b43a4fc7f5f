package org.coachingconversations.persistence.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.persistence.conversation.AoConversationRepository;
import org.coachingconversations.persistence.conversation.AoCycleRecordRepository;
import org.coachingconversations.persistence.conversation.AoMilestoneStore;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * Starts from the tables as they were before model version 1, with rows in them, runs the upgrade
 * task as the AO plugin would, and reads every row back through today's repositories.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(CoachingUpgradeTask001Test.PreviousSchema.class)
public class CoachingUpgradeTask001Test {

    private static final String SPACE = "MATH";
    /** Observed on a Monday: the default window is Wednesday 03-04 to Monday 03-09. */
    private static final LocalDate OBSERVED = LocalDate.of(2026, 3, 2);

    private EntityManager entityManager;
    private EntityManagerActiveObjects activeObjects;
    private CoachingUpgradeTask001 target;

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        target = new CoachingUpgradeTask001();
    }

    @Test
    public void getModelVersion_shouldBeOne() {
        // When
        ModelVersion version = target.getModelVersion();

        // Then
        assertTrue(version.isSame(ModelVersion.valueOf("1")));
        assertTrue(version.isNewerThan(ModelVersion.valueOf(null)));
    }

    @Test
    @NonTransactional
    public void upgrade_shouldKeepEveryRowAndFillTheNewColumns() throws Exception {
        // Given
        legacyConversation(11, "teacher-ana", 20260302, 20260316, null, "OWED", true);
        legacyConversation(12, "teacher-ben", 20280229, 20280307, 20280307, "HELD", false);
        legacyCycleRecord(21, OBSERVED, null, null);
        legacyCycleRecord(22, OBSERVED, 20260310, null);
        legacyCycleRecord(23, OBSERVED, 20260305, 20260309);

        // When
        target.upgrade(ModelVersion.valueOf(null), activeObjects);

        // Then
        AoConversationRepository conversations = new AoConversationRepository(activeObjects);
        assertEquals(new Versioned<>(new StoredConversation(11, SPACE, ConversationType.COACHING_CONVERSATION,
                "teacher-ana", Optional.of("coach-cy"), LocalDate.of(2026, 3, 2), Optional.of(LocalDate.of(2026, 3, 16)),
                Optional.empty()), 0), conversations.find(11).orElseThrow());
        assertEquals(new Versioned<>(new StoredConversation(12, SPACE, ConversationType.COACHING_CONVERSATION,
                "teacher-ben", Optional.of("coach-cy"), LocalDate.of(2028, 2, 29), Optional.of(LocalDate.of(2028, 3, 7)),
                Optional.of(LocalDate.of(2028, 3, 7))), 0), conversations.find(12).orElseThrow());
        assertEquals(2, conversations.countConversations(SPACE));
        assertEquals(1, conversations.countConversationsLeadingToAction(SPACE));
        assertEquals(Map.of("teacher-ana", LocalDate.of(2026, 3, 2)),
                conversations.latestConversationDates(SPACE, List.of("teacher-ana"), LocalDate.of(2026, 3, 3)));

        AoCycleRecordRepository records = new AoCycleRecordRepository(activeObjects, new DefaultSchedules());
        assertEquals(new Versioned<>(record(21, null, null), 0), records.find(21).orElseThrow());
        assertEquals(new Versioned<>(record(22, LocalDate.of(2026, 3, 10), null), 0), records.find(22).orElseThrow());
        assertEquals(new Versioned<>(record(23, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 9)), 0),
                records.find(23).orElseThrow());
        assertEquals(List.of(21L, 22L), records.findConferencesOutsideWindow(SPACE, LocalDate.of(2026, 3, 10),
                ResultPageRequest.first(10)).items().stream().map(StoredCycleRecord::pageId).toList());
        assertEquals(List.of(22L), records.findAwaitingFinalization(SPACE, LocalDate.of(2026, 3, 10),
                ResultPageRequest.first(10)).items().stream().map(StoredCycleRecord::pageId).toList());
        assertEquals(List.of(), new AoMilestoneStore(activeObjects).milestonesOf(21));
    }

    @Test
    @NonTransactional
    public void upgrade_shouldChangeNothing_whenRunAgain() {
        // Given
        legacyCycleRecord(21, OBSERVED, 20260305, null);
        target.upgrade(ModelVersion.valueOf(null), activeObjects);
        AoCycleRecordRepository records = new AoCycleRecordRepository(activeObjects, new DefaultSchedules());
        records.update(record(21, LocalDate.of(2026, 3, 6), null), 0);

        // When
        target.upgrade(ModelVersion.valueOf("1"), activeObjects);

        // Then
        assertEquals(new Versioned<>(record(21, LocalDate.of(2026, 3, 6), null), 1), records.find(21).orElseThrow());
    }

    private void legacyConversation(long pageId, String teacher, int heldOn, Integer nextOn, Integer followUpHeldOn,
            String followUpState, boolean leadsToAction) throws Exception {
        entityManager.create(LegacyConversationEntity.class,
                new DBParam("PAGE_ID", pageId), new DBParam("SPACE_KEY", SPACE),
                new DBParam("CONVERSATION_TYPE", ConversationType.COACHING_CONVERSATION.id()),
                new DBParam("TEACHER_KEY", teacher), new DBParam("LEADER_KEY", "coach-cy"),
                new DBParam("HELD_ON", heldOn), new DBParam("NEXT_CONVERSATION_ON", nextOn),
                new DBParam("FOLLOW_UP_HELD_ON", followUpHeldOn), new DBParam("FOLLOW_UP_STATE", followUpState),
                new DBParam("LEADS_TO_ACTION", leadsToAction));
    }

    private void legacyCycleRecord(long pageId, LocalDate observedOn, Integer conferenceOn, Integer finalizedOn) {
        try {
            entityManager.create(LegacyCycleRecordEntity.class,
                    new DBParam("PAGE_ID", pageId), new DBParam("SPACE_KEY", SPACE),
                    new DBParam("TEACHER_KEY", "teacher-ana"), new DBParam("OBSERVER_KEY", "observer-olu"),
                    new DBParam("OBSERVED_ON", observedOn.getYear() * 10_000 + observedOn.getMonthValue() * 100
                            + observedOn.getDayOfMonth()),
                    new DBParam("OBSERVATION_TYPE", ObservationType.FOCUSED.name()),
                    new DBParam("CONFERENCE_ON", conferenceOn), new DBParam("FINALIZED_ON", finalizedOn),
                    new DBParam("ACKNOWLEDGEMENT_STATE", "NONE"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StoredCycleRecord record(long pageId, LocalDate conferenceOn, LocalDate finalizedOn) {
        CycleRecordDates dates = CycleRecordDates.observed(OBSERVED, ObservationType.FOCUSED)
                .withConferenceOn(conferenceOn).withFinalizedOn(finalizedOn);
        return new StoredCycleRecord(pageId, SPACE, "teacher-ana", "observer-olu", dates);
    }

    /** The schedule the upgrade assumes: default calendar and settings for every space. */
    private static final class DefaultSchedules implements SpaceSettingsStore {
        @Override
        public SpaceSettings get(String spaceKey) {
            return SpaceSettings.defaults(ZoneOffset.UTC);
        }

        @Override
        public void save(String spaceKey, SpaceSettings settings) {
            throw new UnsupportedOperationException("The upgrade assumes the defaults.");
        }
    }

    /** The tables as model version 0 left them. */
    public static final class PreviousSchema implements DatabaseUpdater {
        @SuppressWarnings("unchecked")
        @Override
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(LegacyConversationEntity.class, LegacyCycleRecordEntity.class);
        }
    }
}
