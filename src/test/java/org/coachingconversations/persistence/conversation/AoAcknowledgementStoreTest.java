package org.coachingconversations.persistence.conversation;

import static org.coachingconversations.persistence.conversation.ConversationTestData.SPACE;
import static org.coachingconversations.persistence.conversation.ConversationTestData.aCycleRecord;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.acknowledgement.Acknowledgement;
import org.coachingconversations.domain.acknowledgement.AcknowledgementKind;
import org.coachingconversations.domain.acknowledgement.AcknowledgementRefusedException;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

@RunWith(ActiveObjectsTestRunner.class)
@Data(ConversationTables.class)
public class AoAcknowledgementStoreTest {

    private static final long PAGE = 2001;
    private static final LocalDate CONFERENCE = LocalDate.of(2026, 3, 5);
    private static final LocalDate FINALIZED = LocalDate.of(2026, 3, 9);
    private static final LocalDate ANSWERED = LocalDate.of(2026, 3, 10);

    private EntityManager entityManager;
    private EntityManagerActiveObjects activeObjects;
    private AoCycleRecordRepository records;
    private AoAcknowledgementStore target;

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        records = new AoCycleRecordRepository(activeObjects, new TestSchedules());
        target = new AoAcknowledgementStore(activeObjects);
        records.register(aCycleRecord().page(PAGE).teacher("teacher-ana").conferenceOn(CONFERENCE)
                .finalizedOn(FINALIZED).build());
    }

    @Test
    public void answer_shouldStoreTheAcknowledgementAndDateTheRecord() {
        // Given
        Acknowledgement received = answer("teacher-ana", AcknowledgementKind.ACKNOWLEDGED, null);

        // When
        Versioned<Acknowledgement> stored = target.answer(received);

        // Then
        assertEquals(new Versioned<>(received, 0), stored);
        assertEquals(new Versioned<>(received, 0), target.find(PAGE).orElseThrow());
        assertEquals(Optional.of(ANSWERED), records.find(PAGE).orElseThrow().value().dates().teacherRespondedOn());
        assertEquals(1, records.find(PAGE).orElseThrow().version());
        assertEquals(List.of(), records.findAwaitingAcknowledgement(SPACE, ResultPageRequest.first(10)).items());
    }

    @Test
    public void answer_shouldKeepALongObjectionWhole() {
        // Given
        String reasons = "The ratings for 3b do not match the evidence we discussed.\n".repeat(200)
                .substring(0, Acknowledgement.MAX_ADDITIONAL_INFORMATION_LENGTH);
        Acknowledgement objection = answer("teacher-ana", AcknowledgementKind.OBJECTED, reasons);

        // When
        target.answer(objection);

        // Then
        assertEquals(Optional.of(reasons.strip()), target.find(PAGE).orElseThrow().value().additionalInformation());
    }

    @Test
    public void answer_shouldRefuseAnyoneButTheTeacher() {
        // When
        AcknowledgementRefusedException thrown = assertThrows(AcknowledgementRefusedException.class,
                () -> target.answer(answer("observer-olu", AcknowledgementKind.ACKNOWLEDGED, null)));

        // Then
        assertEquals("Only the teacher of the Cycle Record on page 2001 may acknowledge or object to it.",
                thrown.getMessage());
        assertEquals(Optional.empty(), target.find(PAGE));
        assertEquals(0, records.find(PAGE).orElseThrow().version());
    }

    @Test
    public void answer_shouldRefuse_whenTheRecordIsNotFinalized() {
        // Given
        records.register(aCycleRecord().page(3003).conferenceOn(CONFERENCE).build());

        // When
        AcknowledgementRefusedException thrown = assertThrows(AcknowledgementRefusedException.class,
                () -> target.answer(new Acknowledgement(3003, "teacher-ana", AcknowledgementKind.ACKNOWLEDGED,
                        Optional.empty(), Instant.parse("2026-03-10T15:00:00Z"), ANSWERED)));

        // Then
        assertEquals("The Cycle Record on page 3003 is not finalized yet; it can be acknowledged or objected to"
                + " once it is.", thrown.getMessage());
    }

    @Test
    public void answer_shouldRefuseASecondFirstAnswer() {
        // Given
        target.answer(answer("teacher-ana", AcknowledgementKind.ACKNOWLEDGED, null));

        // When
        ConcurrentUpdateException thrown = assertThrows(ConcurrentUpdateException.class,
                () -> target.answer(answer("teacher-ana", AcknowledgementKind.OBJECTED, "Not what we agreed.")));

        // Then
        assertEquals("Acknowledgement on page 2001 was already saved by someone else. Reload the page and try again.",
                thrown.getMessage());
        assertEquals(AcknowledgementKind.ACKNOWLEDGED, target.find(PAGE).orElseThrow().value().kind());
    }

    @Test
    public void change_shouldTurnAnObjectionIntoAnAcknowledgement_keepingItsReasonsAndTheFirstAnswerDate() {
        // Given
        target.answer(answer("teacher-ana", AcknowledgementKind.OBJECTED, "The 3b rating misses the exit tickets."));
        Acknowledgement received = new Acknowledgement(PAGE, "teacher-ana", AcknowledgementKind.ACKNOWLEDGED,
                Optional.empty(), Instant.parse("2026-03-12T15:00:00Z"), ANSWERED.plusDays(2));

        // When
        Versioned<Acknowledgement> changed = target.change(received, 0);

        // Then
        Acknowledgement expected = new Acknowledgement(PAGE, "teacher-ana", AcknowledgementKind.ACKNOWLEDGED,
                Optional.of("The 3b rating misses the exit tickets."), Instant.parse("2026-03-12T15:00:00Z"),
                ANSWERED.plusDays(2));
        assertEquals(new Versioned<>(expected, 1), changed);
        assertEquals(new Versioned<>(expected, 1), target.find(PAGE).orElseThrow());
        assertEquals(Optional.of(ANSWERED), records.find(PAGE).orElseThrow().value().dates().teacherRespondedOn());
    }

    @Test
    public void change_shouldRefuseToReplaceAnAcknowledgement_andKeepIt() {
        // Given
        target.answer(answer("teacher-ana", AcknowledgementKind.ACKNOWLEDGED, null));

        // When
        AcknowledgementRefusedException thrown = assertThrows(AcknowledgementRefusedException.class,
                () -> target.change(answer("teacher-ana", AcknowledgementKind.OBJECTED, "Second thoughts."), 0));

        // Then
        assertEquals(AcknowledgementRefusedException.Reason.ALREADY_ACKNOWLEDGED, thrown.reason());
        assertEquals(new Versioned<>(answer("teacher-ana", AcknowledgementKind.ACKNOWLEDGED, null), 0),
                target.find(PAGE).orElseThrow());
    }

    @Test
    public void change_shouldRefuseAStaleVersion() {
        // Given
        target.answer(answer("teacher-ana", AcknowledgementKind.OBJECTED, "First reasons."));
        target.change(answer("teacher-ana", AcknowledgementKind.OBJECTED, "Second reasons."), 0);

        // When
        ConcurrentUpdateException thrown = assertThrows(ConcurrentUpdateException.class,
                () -> target.change(answer("teacher-ana", AcknowledgementKind.OBJECTED, "Other reasons."), 0));

        // Then
        assertEquals("Acknowledgement on page 2001 was changed by someone else: it is at version 1, this change was"
                + " made to version 0. Reload the page and try again.", thrown.getMessage());
        assertEquals(Optional.of("Second reasons."), target.find(PAGE).orElseThrow().value().additionalInformation());
    }

    @Test
    public void recordUpdate_shouldRefuseToChangeTheTeachersAnswerDate() {
        // Given
        target.answer(answer("teacher-ana", AcknowledgementKind.ACKNOWLEDGED, null));

        // When
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> records.update(
                aCycleRecord().page(PAGE).conferenceOn(CONFERENCE).finalizedOn(FINALIZED).build(), 1));

        // Then
        assertEquals("Cycle Record on page 2001: the teacher acknowledgement date cannot be changed by editing the"
                + " record (stored: 2026-03-10); the teacher answers it.", thrown.getMessage());
    }

    private static Acknowledgement answer(String userKey, AcknowledgementKind kind, String text) {
        return new Acknowledgement(PAGE, userKey, kind, Optional.ofNullable(text),
                Instant.parse("2026-03-10T15:30:00.123Z"), ANSWERED);
    }
}
