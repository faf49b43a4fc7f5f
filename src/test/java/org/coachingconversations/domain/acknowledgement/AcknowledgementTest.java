package org.coachingconversations.domain.acknowledgement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.junit.Test;

public class AcknowledgementTest {

    private static final Instant EVENING_IN_DENVER = Instant.parse("2026-03-11T03:30:00Z");

    @Test
    public void now_shouldDateTheAnswerInTheSpacesZone() {
        // When
        Acknowledgement target = Acknowledgement.now(7, "teacher-ana", AcknowledgementKind.ACKNOWLEDGED, "  ",
                Clock.fixed(EVENING_IN_DENVER, ZoneOffset.UTC), ZoneId.of("America/Denver"));

        // Then
        assertEquals(LocalDate.of(2026, 3, 10), target.respondedOn());
        assertEquals(Optional.empty(), target.additionalInformation());
    }

    @Test
    public void constructor_shouldRefuseAnObjectionWithoutAdditionalInformation() {
        // When
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> answer(AcknowledgementKind.OBJECTED, " \n "));

        // Then
        assertEquals("Acknowledgement on page 7: an objection needs additional information saying what the teacher"
                + " objects to.", thrown.getMessage());
    }

    @Test
    public void constructor_shouldAcceptTheLongestTextAndRefuseOneCharacterMore() {
        // Given
        String longest = "é".repeat(Acknowledgement.MAX_ADDITIONAL_INFORMATION_LENGTH);

        // When
        Acknowledgement accepted = answer(AcknowledgementKind.OBJECTED, longest);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> answer(AcknowledgementKind.OBJECTED, longest + "é"));

        // Then
        assertEquals(Optional.of(longest), accepted.additionalInformation());
        assertEquals("Acknowledgement on page 7: the additional information has 10001 characters; at most 10000 are"
                + " allowed.", thrown.getMessage());
    }

    @Test
    public void constructor_shouldRefuseControlCharactersButKeepLineBreaks() {
        // When
        Acknowledgement multiLine = answer(AcknowledgementKind.OBJECTED, "First.\nSecond.");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> answer(AcknowledgementKind.OBJECTED, "Bell\u0007"));

        // Then
        assertEquals(Optional.of("First.\nSecond."), multiLine.additionalInformation());
        assertEquals("Acknowledgement on page 7: the additional information holds the control character U+0007 at"
                + " position 5.", thrown.getMessage());
    }

    @Test
    public void constructor_shouldRefuseAPageIdThatIsNoPage() {
        // When
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new Acknowledgement(0, "teacher-ana", AcknowledgementKind.ACKNOWLEDGED, Optional.empty(),
                        EVENING_IN_DENVER, LocalDate.of(2026, 3, 10)));

        // Then
        assertEquals("Acknowledgement: the page id 0 is not a page.", thrown.getMessage());
    }

    @Test
    public void checkMayAnswer_shouldRefuseAnAnswerDatedBeforeFinalization() {
        // Given
        StoredCycleRecord record = new StoredCycleRecord(7, "MATH", "teacher-ana", "observer-olu",
                CycleRecordDates.observed(LocalDate.of(2026, 3, 2), org.coachingconversations.domain.guide.ObservationType.FULL)
                        .withConferenceOn(LocalDate.of(2026, 3, 5)).withFinalizedOn(LocalDate.of(2026, 3, 11)));
        Acknowledgement target = answer(AcknowledgementKind.ACKNOWLEDGED, null);

        // When
        AcknowledgementRefusedException thrown = assertThrows(AcknowledgementRefusedException.class,
                () -> target.checkMayAnswer(record));

        // Then
        assertEquals("The Cycle Record on page 7 was finalized on 2026-03-11; an answer dated 2026-03-10 would come"
                + " before it.", thrown.getMessage());
    }

    @Test
    public void replacing_shouldKeepTheObjectionsReasons_whenTheTeacherAcknowledgesWithoutText() {
        // Given
        Acknowledgement objection = answer(AcknowledgementKind.OBJECTED, "The 3b rating misses the evidence.");

        // When
        Acknowledgement replacement = answer(AcknowledgementKind.ACKNOWLEDGED, null).replacing(objection);

        // Then
        assertEquals(AcknowledgementKind.ACKNOWLEDGED, replacement.kind());
        assertEquals(Optional.of("The 3b rating misses the evidence."), replacement.additionalInformation());
    }

    @Test
    public void replacing_shouldRefuse_whenTheStoredAnswerIsAnAcknowledgement() {
        // Given
        Acknowledgement received = answer(AcknowledgementKind.ACKNOWLEDGED, null);

        // When
        AcknowledgementRefusedException thrown = assertThrows(AcknowledgementRefusedException.class,
                () -> answer(AcknowledgementKind.OBJECTED, "Second thoughts.").replacing(received));

        // Then
        assertEquals(AcknowledgementRefusedException.Reason.ALREADY_ACKNOWLEDGED, thrown.reason());
        assertEquals("The teacher acknowledged receipt of the Cycle Record on page 7 on 2026-03-10; an acknowledgement"
                + " is final.", thrown.getMessage());
    }

    @Test
    public void problemWith_shouldNameTheFirstProblemOfTypedInput_likeTheConstructor() {
        // When / Then
        assertEquals(Optional.empty(), Acknowledgement.problemWith(AcknowledgementKind.ACKNOWLEDGED, null));
        assertEquals(Optional.of(Acknowledgement.InputProblem.OBJECTION_WITHOUT_TEXT),
                Acknowledgement.problemWith(AcknowledgementKind.OBJECTED, " \n "));
        assertEquals(Optional.empty(), Acknowledgement.problemWith(AcknowledgementKind.OBJECTED,
                "\u00e9".repeat(Acknowledgement.MAX_ADDITIONAL_INFORMATION_LENGTH)));
        assertEquals(Optional.of(Acknowledgement.InputProblem.TEXT_TOO_LONG), Acknowledgement.problemWith(
                AcknowledgementKind.ACKNOWLEDGED, "x".repeat(Acknowledgement.MAX_ADDITIONAL_INFORMATION_LENGTH + 1)));
        assertEquals(Optional.of(Acknowledgement.InputProblem.CONTROL_CHARACTER),
                Acknowledgement.problemWith(AcknowledgementKind.OBJECTED, "Bell\u0007"));
    }

    @Test
    public void progress_shouldLetOnlyTheTeacherAnswer_untilSheAcknowledges() {
        // Given
        StoredCycleRecord finalized = new StoredCycleRecord(7, "MATH", "teacher-ana", "observer-olu",
                CycleRecordDates.observed(LocalDate.of(2026, 3, 2), org.coachingconversations.domain.guide.ObservationType.FULL)
                        .withConferenceOn(LocalDate.of(2026, 3, 5)).withFinalizedOn(LocalDate.of(2026, 3, 9)));

        // When
        AcknowledgementProgress open = new AcknowledgementProgress(finalized, Optional.empty());
        AcknowledgementProgress objected = new AcknowledgementProgress(finalized,
                Optional.of(answer(AcknowledgementKind.OBJECTED, "Why.")));
        AcknowledgementProgress acknowledged = new AcknowledgementProgress(finalized,
                Optional.of(answer(AcknowledgementKind.ACKNOWLEDGED, null)));

        // Then
        assertEquals(AcknowledgementProgress.Stage.AWAITING_ANSWER, open.stage());
        assertEquals(true, open.mayAnswer(Optional.of("teacher-ana")));
        assertEquals(false, open.mayAnswer(Optional.of("observer-olu")));
        assertEquals(true, objected.mayAnswer(Optional.of("teacher-ana")));
        assertEquals(AcknowledgementProgress.Stage.ACKNOWLEDGED, acknowledged.stage());
        assertEquals(false, acknowledged.mayAnswer(Optional.of("teacher-ana")));
    }

    private static Acknowledgement answer(AcknowledgementKind kind, String text) {
        return new Acknowledgement(7, "teacher-ana", kind, Optional.ofNullable(text), EVENING_IN_DENVER,
                LocalDate.of(2026, 3, 10));
    }
}
