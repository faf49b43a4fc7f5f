package org.coachingconversations.persistence.conversation;

import static org.coachingconversations.persistence.conversation.ConversationTestData.SPACE;
import static org.coachingconversations.persistence.conversation.ConversationTestData.aCycleRecord;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.application.cyclerecord.AcknowledgeCycleRecord;
import org.coachingconversations.domain.acknowledgement.Acknowledgement;
import org.coachingconversations.domain.acknowledgement.AcknowledgementKind;
import org.coachingconversations.domain.acknowledgement.AcknowledgementRefusedException;
import org.coachingconversations.domain.settings.InMemorySpaceSettingsStore;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/** The acknowledgement use case over the real stores: dated in the record's space, checked, stored once. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ConversationTables.class)
public class AcknowledgeCycleRecordDatabaseTest {

    private static final long PAGE = 3001;
    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    /** 10 March 2026, 03:00 UTC: still 9 March in Denver. */
    private static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");

    private EntityManager entityManager;
    private AoCycleRecordRepository records;
    private AoAcknowledgementStore acknowledgements;
    private AcknowledgeCycleRecord target;

    @Before
    public void setUp() {
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        InMemorySpaceSettingsStore settings = new InMemorySpaceSettingsStore(ZoneOffset.UTC);
        settings.save(SPACE, SpaceSettings.defaults(DENVER));
        records = new AoCycleRecordRepository(activeObjects, settings);
        acknowledgements = new AoAcknowledgementStore(activeObjects);
        target = new AcknowledgeCycleRecord(records, acknowledgements, settings, Clock.fixed(NOW, ZoneOffset.UTC));
        records.register(aCycleRecord().page(PAGE).teacher("teacher-ana").conferenceOn(LocalDate.of(2026, 3, 5))
                .finalizedOn(LocalDate.of(2026, 3, 9)).build());
    }

    @Test
    public void answer_shouldDateTheAnswerInTheRecordsSpace() {
        // When
        Versioned<Acknowledgement> stored = target.answer(PAGE, "teacher-ana", AcknowledgementKind.ACKNOWLEDGED, null);

        // Then: 9 March in Denver, the day the record was finalized, so the answer is allowed
        assertEquals(LocalDate.of(2026, 3, 9), stored.value().respondedOn());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 9)),
                records.find(PAGE).orElseThrow().value().dates().teacherRespondedOn());
    }

    @Test
    public void answer_shouldRefuseAnyoneButTheTeacher_andStoreNothing() {
        // When / Then
        assertThrows(AcknowledgementRefusedException.class,
                () -> target.answer(PAGE, "observer-omar", AcknowledgementKind.ACKNOWLEDGED, null));
        assertTrue(acknowledgements.find(PAGE).isEmpty());
    }

    @Test
    public void answer_shouldRefuseAPageWithoutACycleRecord() {
        // When / Then
        assertThrows(IllegalStateException.class,
                () -> target.answer(PAGE + 1, "teacher-ana", AcknowledgementKind.ACKNOWLEDGED, null));
    }

    @Test
    public void change_shouldTurnTheAnswerIntoAnObjection_andRefuseAStaleOne() {
        // Given
        target.answer(PAGE, "teacher-ana", AcknowledgementKind.ACKNOWLEDGED, null);

        // When
        Versioned<Acknowledgement> changed = target.change(PAGE, "teacher-ana", AcknowledgementKind.OBJECTED,
                "The rating for 3b does not match the evidence.", 0);

        // Then
        assertEquals(AcknowledgementKind.OBJECTED, changed.value().kind());
        assertEquals(1, changed.version());
        assertThrows(ConcurrentUpdateException.class, () -> target.change(PAGE, "teacher-ana",
                AcknowledgementKind.ACKNOWLEDGED, null, 0));
    }
}
