package org.coachingconversations.domain.quality;

import static org.coachingconversations.domain.guide.ConversationQuality.LEAD_TO_ACTION;
import static org.coachingconversations.domain.guide.ConversationQuality.SUBSTANTIVE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.versioning.Versioned;
import org.junit.Test;

public class SelfCheckRulesTest {

    private static StoredConversation conversation(ConversationType type) {
        return new StoredConversation(42, "COACH", type, "teacher-ana", Optional.of("coach-maria"),
                LocalDate.of(2026, 12, 1), Optional.empty(), Optional.empty());
    }

    @Test
    public void maySave_shouldLetTheTeacherAndTheCoachSave_evenWithoutEditPermission() {
        // Given
        StoredConversation target = conversation(ConversationType.COACHING_CONVERSATION);

        // When / Then
        assertTrue(SelfCheckRules.maySave(target, Optional.of("teacher-ana"), false));
        assertTrue(SelfCheckRules.maySave(target, Optional.of("coach-maria"), false));
    }

    @Test
    public void maySave_shouldLetPageEditorsSave_andNobodyElse() {
        // Given
        StoredConversation target = conversation(ConversationType.VIDEO_COACHING_CYCLE);

        // When / Then
        assertTrue(SelfCheckRules.maySave(target, Optional.of("principal"), true));
        assertFalse(SelfCheckRules.maySave(target, Optional.of("other-teacher"), false));
        assertFalse(SelfCheckRules.maySave(target, Optional.empty(), true));
    }

    @Test
    public void maySave_shouldRefuseEveryone_onASpsReflectionOrACycleRecord() {
        // When / Then
        for (ConversationType type : List.of(ConversationType.SPS_REFLECTION, ConversationType.CYCLE_RECORD)) {
            StoredConversation target = conversation(type);
            assertFalse(type.id(), SelfCheckRules.isSelfChecked(target));
            assertFalse(type.id(), SelfCheckRules.maySave(target, Optional.of("teacher-ana"), true));
        }
    }

    @Test
    public void checkMaySave_shouldRefuse_whenNeitherParticipantNorEditor() {
        // Then
        assertThrows(SelfCheckRefusedException.class, () -> SelfCheckRules
                .checkMaySave(conversation(ConversationType.COACHING_CONVERSATION), Optional.of("other"), false));
    }

    @Test
    public void parse_shouldReadQualityIdsAndNotes() {
        // When
        QualitySelfCheck target = SelfCheckRules.parse(42, List.of("substantive", "lead-to-action"),
                Map.of("substantive", " evidence from Monday ", "non-defensive", "  "));

        // Then
        assertEquals(Set.of(SUBSTANTIVE, LEAD_TO_ACTION), target.presentQualities());
        assertEquals(Optional.of("evidence from Monday"), target.note(SUBSTANTIVE));
        assertEquals(Optional.empty(), target.note(LEAD_TO_ACTION));
    }

    @Test
    public void parse_shouldNameTheField_whenAnIdIsNoQuality() {
        // When
        UnknownQualityException inPresent = assertThrows(UnknownQualityException.class,
                () -> SelfCheckRules.parse(42, List.of("substantive", "<b>bold</b>"), Map.of()));
        UnknownQualityException inNotes = assertThrows(UnknownQualityException.class,
                () -> SelfCheckRules.parse(42, List.of(), Map.of("charm", "x")));

        // Then
        assertEquals(List.of("present", "notes"), List.of(inPresent.field(), inNotes.field()));
        assertEquals(List.of("<b>bold</b>", "charm"), List.of(inPresent.candidate(), inNotes.candidate()));
    }

    @Test
    public void checkVersionSent_shouldWantAVersionForAChange_andNoneForTheFirstSave() {
        // Given
        Optional<Versioned<SavedSelfCheck>> stored = Optional.of(new Versioned<>(new SavedSelfCheck("COACH",
                QualitySelfCheck.forConversation(42).build(), "coach-maria", Instant.EPOCH), 3));

        // When
        SelfCheckVersionException missing = assertThrows(SelfCheckVersionException.class,
                () -> SelfCheckRules.checkVersionSent(42, stored, OptionalLong.empty()));
        SelfCheckVersionException unexpected = assertThrows(SelfCheckVersionException.class,
                () -> SelfCheckRules.checkVersionSent(42, Optional.empty(), OptionalLong.of(0)));
        SelfCheckRules.checkVersionSent(42, stored, OptionalLong.of(2));
        SelfCheckRules.checkVersionSent(42, Optional.empty(), OptionalLong.empty());

        // Then
        assertEquals(List.of(true, 3L), List.of(missing.saved(), missing.version()));
        assertEquals(List.of(false, 0L), List.of(unexpected.saved(), unexpected.version()));
    }
}
