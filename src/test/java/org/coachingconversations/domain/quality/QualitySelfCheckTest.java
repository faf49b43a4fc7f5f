package org.coachingconversations.domain.quality;

import org.junit.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.coachingconversations.domain.guide.ConversationQuality.EACH_OTHER_AS_PEOPLE;
import static org.coachingconversations.domain.guide.ConversationQuality.LEAD_TO_ACTION;
import static org.coachingconversations.domain.guide.ConversationQuality.NON_DEFENSIVE;
import static org.coachingconversations.domain.guide.ConversationQuality.RECENT_INFORMATION;
import static org.coachingconversations.domain.guide.ConversationQuality.SUBSTANTIVE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class QualitySelfCheckTest {

    private QualitySelfCheck target;

    @Test
    public void build_shouldRecordWhichQualitiesWerePresent() {
        // When
        target = QualitySelfCheck.forConversation(42).present(SUBSTANTIVE, RECENT_INFORMATION, LEAD_TO_ACTION).build();

        // Then
        assertEquals(Set.of(SUBSTANTIVE, RECENT_INFORMATION, LEAD_TO_ACTION), target.presentQualities());
        assertTrue(target.isPresent(RECENT_INFORMATION));
        assertFalse(target.isPresent(NON_DEFENSIVE));
        assertTrue(target.ledToAction());
    }

    @Test
    public void ledToAction_shouldBeFalse_whenLeadToActionWasNotChecked() {
        // When
        target = QualitySelfCheck.forConversation(42).present(SUBSTANTIVE).build();

        // Then
        assertFalse(target.ledToAction());
    }

    @Test
    public void presentQualities_shouldFollowTheSeedsOrder_whenCheckedInAnotherOrder() {
        // When
        target = QualitySelfCheck.forConversation(42).present(LEAD_TO_ACTION, SUBSTANTIVE, NON_DEFENSIVE).build();

        // Then
        assertEquals(List.of(SUBSTANTIVE, NON_DEFENSIVE, LEAD_TO_ACTION), List.copyOf(target.presentQualities()));
    }

    @Test
    public void build_shouldKeepANote_whenTheQualityWasNotPresent() {
        // When
        target = QualitySelfCheck.forConversation(42)
                .note(NON_DEFENSIVE, "We spent the time explaining why the scores were low.").build();

        // Then
        assertFalse(target.isPresent(NON_DEFENSIVE));
        assertEquals(Optional.of("We spent the time explaining why the scores were low."), target.note(NON_DEFENSIVE));
    }

    @Test
    public void build_shouldTrimNotesAndDropBlankOnes() {
        // When
        target = QualitySelfCheck.forConversation(42).present(SUBSTANTIVE)
                .note(SUBSTANTIVE, "  Looked at Tuesday's exit tickets.\n")
                .note(EACH_OTHER_AS_PEOPLE, "   ")
                .build();

        // Then
        assertEquals(Optional.of("Looked at Tuesday's exit tickets."), target.note(SUBSTANTIVE));
        assertEquals(Optional.empty(), target.note(EACH_OTHER_AS_PEOPLE));
    }

    @Test
    public void build_shouldAcceptANote_whenItIsExactlyAtTheLimit() {
        // When
        target = QualitySelfCheck.forConversation(42)
                .note(SUBSTANTIVE, "x".repeat(QualitySelfCheck.NOTE_MAX_LENGTH)).build();

        // Then
        assertEquals(QualitySelfCheck.NOTE_MAX_LENGTH, target.note(SUBSTANTIVE).orElseThrow().length());
    }

    @Test
    public void build_shouldCountCharactersAsReadersSeeThem_whenTheNoteHasEmoji() {
        // Given: each emoji is one character for the reader but two UTF-16 units
        String note = "\uD83D\uDC4D".repeat(QualitySelfCheck.NOTE_MAX_LENGTH);

        // When
        target = QualitySelfCheck.forConversation(42).note(SUBSTANTIVE, note).build();

        // Then
        assertEquals(Optional.of(note), target.note(SUBSTANTIVE));
    }

    @Test
    public void build_shouldNameEveryQualityWhoseNoteIsTooLong() {
        // Given
        QualitySelfCheck.Builder input = QualitySelfCheck.forConversation(42)
                .note(SUBSTANTIVE, "x".repeat(501))
                .note(RECENT_INFORMATION, "fine")
                .note(LEAD_TO_ACTION, "y".repeat(612));

        // When
        InvalidSelfCheckException error = assertThrows(InvalidSelfCheckException.class, input::build);

        // Then
        assertEquals(List.of(new NoteTooLong(SUBSTANTIVE, 501, 500), new NoteTooLong(LEAD_TO_ACTION, 612, 500)),
                error.problems());
    }

    @Test
    public void build_shouldNameEveryNoteWithAControlCharacter_andKeepLineBreaksAndTabs() {
        // Given
        QualitySelfCheck.Builder input = QualitySelfCheck.forConversation(42)
                .note(SUBSTANTIVE, "line one\nline two\tand a tab")
                .note(NON_DEFENSIVE, "nul \u0000 here")
                .note(LEAD_TO_ACTION, "bell\u0007");

        // When
        InvalidSelfCheckException error = assertThrows(InvalidSelfCheckException.class, input::build);

        // Then
        assertEquals(List.of(new NoteHasControlCharacter(NON_DEFENSIVE, "U+0000", 5),
                new NoteHasControlCharacter(LEAD_TO_ACTION, "U+0007", 5)), error.problems());
    }

    @Test
    public void build_shouldRefuse_whenTheConversationIdIsNotPositive() {
        // When
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> QualitySelfCheck.forConversation(0).present(SUBSTANTIVE).build());

        // Then
        assertEquals("A self-check belongs to a conversation; the conversation id must be positive, not 0",
                error.getMessage());
    }
}
