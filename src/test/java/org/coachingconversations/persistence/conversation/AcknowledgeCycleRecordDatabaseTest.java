package org.coachingconversations.persistence.conversation;

import static org.coachingconversations.persistence.conversation.ConversationTestData.SPACE;
import static org.coachingconversations.persistence.conversation.ConversationTestData.aCycleRecord;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.application.cyclerecord.AcknowledgeCycleRecord;
import org.coachingconversations.application.cyclerecord.AcknowledgementStatus;
import org.coachingconversations.domain.acknowledgement.Acknowledgement;
import org.coachingconversations.domain.acknowledgement.AcknowledgementKind;
import org.coachingconversations.domain.acknowledgement.AcknowledgementProgress.Stage;
import org.coachingconversations.domain.acknowledgement.AcknowledgementRefusedException;
import org.coachingconversations.domain.acknowledgement.InvalidAcknowledgementException;
import org.coachingconversations.domain.cyclerecord.FinalizationRefusedException;
import org.coachingconversations.domain.settings.InMemorySpaceSettingsStore;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.testing.access.PagePermissionGrants;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The acknowledgement control's use cases over the real stores: the observer finalizes, the teacher answers, each
 * dated in the record's space and checked before anything is stored; nobody who may not view the page learns anything.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ConversationTables.class)
public class AcknowledgeCycleRecordDatabaseTest {

    private static final long PAGE = 3001;
    private static final long UNFINALIZED = 3002;
    private static final String TEACHER = "teacher-ana";
    private static final String OBSERVER = "observer-olu";
    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    /** 10 March 2026, 03:00 UTC: still 9 March in Denver. */
    private static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");

    private EntityManager entityManager;
    private AoCycleRecordRepository records;
    private AoAcknowledgementStore acknowledgements;
    private PagePermissionGrants permissions;
    private AcknowledgeCycleRecord target;

    @Before
    public void setUp() {
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        InMemorySpaceSettingsStore settings = new InMemorySpaceSettingsStore(ZoneOffset.UTC);
        settings.save(SPACE, SpaceSettings.defaults(DENVER));
        records = new AoCycleRecordRepository(activeObjects, settings);
        acknowledgements = new AoAcknowledgementStore(activeObjects);
        permissions = new PagePermissionGrants().view(PAGE, TEACHER, OBSERVER, "leader-lee")
                .view(UNFINALIZED, TEACHER, OBSERVER);
        target = new AcknowledgeCycleRecord(records, acknowledgements, settings, permissions,
                Clock.fixed(NOW, ZoneOffset.UTC));
        records.register(aCycleRecord().page(PAGE).teacher(TEACHER).conferenceOn(LocalDate.of(2026, 3, 5))
                .finalizedOn(LocalDate.of(2026, 3, 9)).build());
        records.register(aCycleRecord().page(UNFINALIZED).teacher(TEACHER).conferenceOn(LocalDate.of(2026, 3, 5))
                .build());
    }

    @Test
    public void answer_shouldDateTheAnswerInTheRecordsSpace() {
        // When
        AcknowledgementStatus status = target.answer(PAGE, Optional.of(TEACHER), AcknowledgementKind.ACKNOWLEDGED,
                null, OptionalLong.empty()).orElseThrow();

        // Then: 9 March in Denver, the day the record was finalized, so the answer is allowed
        Acknowledgement stored = status.answer().orElseThrow().value();
        assertEquals(LocalDate.of(2026, 3, 9), stored.respondedOn());
        assertEquals(Stage.ACKNOWLEDGED, status.stage());
        assertFalse("an acknowledgement is final", status.mayAnswer());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 9)),
                records.find(PAGE).orElseThrow().value().dates().teacherRespondedOn());
    }

    @Test
    public void answer_shouldRefuseAnyoneButTheTeacher_andStoreNothing() {
        // When
        AcknowledgementRefusedException thrown = assertThrows(AcknowledgementRefusedException.class,
                () -> target.answer(PAGE, Optional.of(OBSERVER), AcknowledgementKind.ACKNOWLEDGED, null,
                        OptionalLong.empty()));

        // Then
        assertEquals(AcknowledgementRefusedException.Reason.NOT_THE_TEACHER, thrown.reason());
        assertTrue(acknowledgements.find(PAGE).isEmpty());
    }

    @Test
    public void answer_shouldRefuseAnObjectionWithoutText_beforeStoringAnything() {
        // When
        InvalidAcknowledgementException thrown = assertThrows(InvalidAcknowledgementException.class,
                () -> target.answer(PAGE, Optional.of(TEACHER), AcknowledgementKind.OBJECTED, "  ",
                        OptionalLong.empty()));

        // Then
        assertEquals(Acknowledgement.InputProblem.OBJECTION_WITHOUT_TEXT, thrown.problem());
        assertTrue(acknowledgements.find(PAGE).isEmpty());
    }

    @Test
    public void answerAndShow_shouldFindNothing_forSomeoneWhoMayNotViewThePage_orAPageWithoutARecord() {
        // When / Then
        assertEquals(Optional.empty(), target.show(PAGE, Optional.of("teacher-other")));
        assertEquals(Optional.empty(), target.show(PAGE, Optional.empty()));
        assertEquals(Optional.empty(), target.answer(PAGE, Optional.of("teacher-other"),
                AcknowledgementKind.ACKNOWLEDGED, null, OptionalLong.empty()));
        permissions.view(PAGE + 100, TEACHER);
        assertEquals(Optional.empty(), target.show(PAGE + 100, Optional.of(TEACHER)));
        assertTrue(acknowledgements.find(PAGE).isEmpty());
    }

    @Test
    public void show_shouldFindNothing_whenThePermissionCheckFails() {
        // Given
        permissions.failFor(PAGE);

        // When / Then
        assertEquals(Optional.empty(), target.show(PAGE, Optional.of(TEACHER)));
    }

    @Test
    public void answer_shouldLetTheTeacherAcknowledgeAfterObjecting_andThenNothingMore() {
        // Given
        AcknowledgementStatus objected = target.answer(PAGE, Optional.of(TEACHER), AcknowledgementKind.OBJECTED,
                "The rating for 3b does not match the evidence.", OptionalLong.empty()).orElseThrow();
        assertEquals(Stage.OBJECTED, objected.stage());
        assertTrue(objected.mayAnswer());

        // When
        AcknowledgementStatus acknowledged = target.answer(PAGE, Optional.of(TEACHER),
                AcknowledgementKind.ACKNOWLEDGED, null, OptionalLong.of(0)).orElseThrow();

        // Then
        assertEquals(Stage.ACKNOWLEDGED, acknowledged.stage());
        assertEquals(Optional.of("The rating for 3b does not match the evidence."),
                acknowledged.answer().orElseThrow().value().additionalInformation());
        assertEquals(AcknowledgementRefusedException.Reason.ALREADY_ACKNOWLEDGED,
                assertThrows(AcknowledgementRefusedException.class, () -> target.answer(PAGE, Optional.of(TEACHER),
                        AcknowledgementKind.OBJECTED, "Second thoughts.", OptionalLong.of(1))).reason());
        assertThrows(ConcurrentUpdateException.class, () -> target.answer(PAGE, Optional.of(TEACHER),
                AcknowledgementKind.OBJECTED, "Stale.", OptionalLong.of(0)));
    }

    @Test
    public void answer_shouldRefuseARecordThatIsNotFinalized() {
        // When
        AcknowledgementRefusedException thrown = assertThrows(AcknowledgementRefusedException.class,
                () -> target.answer(UNFINALIZED, Optional.of(TEACHER), AcknowledgementKind.ACKNOWLEDGED, null,
                        OptionalLong.empty()));

        // Then
        assertEquals(AcknowledgementRefusedException.Reason.NOT_FINALIZED, thrown.reason());
    }

    @Test
    public void markFinalized_shouldFinalizeTodayInTheSpace_andOpenTheAnswerToTheTeacher() {
        // Given
        AcknowledgementStatus before = target.show(UNFINALIZED, Optional.of(OBSERVER)).orElseThrow();
        assertEquals(Stage.AWAITING_FINALIZATION, before.stage());
        assertTrue(before.mayFinalize());

        // When
        AcknowledgementStatus after = target.markFinalized(UNFINALIZED, Optional.of(OBSERVER),
                before.record().version()).orElseThrow();

        // Then
        assertEquals(Stage.AWAITING_ANSWER, after.stage());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 9)), after.record().value().dates().finalizedOn());
        assertFalse(after.mayFinalize());
        assertTrue(target.show(UNFINALIZED, Optional.of(TEACHER)).orElseThrow().mayAnswer());
    }

    @Test
    public void markFinalized_shouldRefuseTheTeacher_andAStaleVersion_andASecondFinalization() {
        // Given
        long version = records.find(UNFINALIZED).orElseThrow().version();

        // When / Then
        assertEquals(FinalizationRefusedException.Reason.NOT_THE_OBSERVER, assertThrows(
                FinalizationRefusedException.class,
                () -> target.markFinalized(UNFINALIZED, Optional.of(TEACHER), version)).reason());
        assertThrows(ConcurrentUpdateException.class,
                () -> target.markFinalized(UNFINALIZED, Optional.of(OBSERVER), version + 1));
        assertEquals(Optional.empty(), records.find(UNFINALIZED).orElseThrow().value().dates().finalizedOn());
        target.markFinalized(UNFINALIZED, Optional.of(OBSERVER), version);
        assertEquals(FinalizationRefusedException.Reason.ALREADY_FINALIZED, assertThrows(
                FinalizationRefusedException.class,
                () -> target.markFinalized(UNFINALIZED, Optional.of(OBSERVER), version + 1)).reason());
    }

    @Test
    public void markFinalized_shouldWaitForThePostConference() {
        // Given a post-conference planned for tomorrow
        permissions.view(3003, OBSERVER);
        records.register(aCycleRecord().page(3003).conferenceOn(LocalDate.of(2026, 3, 10)).build());

        // When
        FinalizationRefusedException thrown = assertThrows(FinalizationRefusedException.class,
                () -> target.markFinalized(3003, Optional.of(OBSERVER), 0));

        // Then
        assertEquals(FinalizationRefusedException.Reason.CONFERENCE_NOT_HELD, thrown.reason());
        assertFalse(target.show(3003, Optional.of(OBSERVER)).orElseThrow().mayFinalize());
    }
}
