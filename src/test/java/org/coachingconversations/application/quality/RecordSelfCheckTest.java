package org.coachingconversations.application.quality;

import static org.coachingconversations.domain.guide.ConversationQuality.LEAD_TO_ACTION;
import static org.coachingconversations.domain.guide.ConversationQuality.SUBSTANTIVE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.InMemoryConversationStore;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.quality.InMemorySelfCheckStore;
import org.coachingconversations.domain.quality.InvalidSelfCheckException;
import org.coachingconversations.domain.quality.QualitySelfCheck;
import org.coachingconversations.domain.quality.SavedSelfCheck;
import org.coachingconversations.domain.quality.SelfCheckRefusedException;
import org.coachingconversations.domain.quality.SelfCheckVersionException;
import org.coachingconversations.domain.quality.UnknownQualityException;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.testing.access.GrantedPagePermissions;
import org.junit.Before;
import org.junit.Test;

public class RecordSelfCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:12:00Z");
    private static final long PAGE = 42;

    private InMemoryConversationStore conversations;
    private InMemorySelfCheckStore selfChecks;
    private GrantedPagePermissions permissions;
    private RecordSelfCheck target;

    @Before
    public void setUp() {
        conversations = new InMemoryConversationStore();
        selfChecks = new InMemorySelfCheckStore();
        permissions = new GrantedPagePermissions().allowView(PAGE, "teacher-ana", "coach-maria", "principal", "colleague")
                .allowEdit(PAGE, "editor");
        target = new RecordSelfCheck(conversations, selfChecks, permissions, Clock.fixed(NOW, ZoneOffset.UTC));
        givenConversation(PAGE, ConversationType.COACHING_CONVERSATION);
    }

    private void givenConversation(long pageId, ConversationType type) {
        conversations.register(new StoredConversation(pageId, "LINCOLN", type, "teacher-ana",
                Optional.of("coach-maria"), LocalDate.of(2026, 12, 1), Optional.empty(), Optional.empty()));
    }

    private Versioned<SavedSelfCheck> record(String caller, List<String> present, Map<String, String> notes,
            OptionalLong version) {
        return target.record(PAGE, Optional.ofNullable(caller), present, notes, version);
    }

    @Test
    public void record_shouldStoreWhatTheCoachTicked_withTheCoachAndTheMoment() {
        // When
        Versioned<SavedSelfCheck> saved = record("coach-maria", List.of("substantive", "lead-to-action"),
                Map.of("substantive", "exit tickets"), OptionalLong.empty());

        // Then
        SavedSelfCheck expected = new SavedSelfCheck("LINCOLN", QualitySelfCheck.forConversation(PAGE)
                .present(SUBSTANTIVE, LEAD_TO_ACTION).note(SUBSTANTIVE, "exit tickets").build(), "coach-maria", NOW);
        assertEquals(new Versioned<>(expected, 0), saved);
        assertEquals(Optional.of(saved), selfChecks.find(PAGE));
    }

    @Test
    public void record_shouldLetTheTeacherAndAnEditorChangeIt_fromTheVersionTheySaw() {
        // Given
        record("coach-maria", List.of("substantive"), Map.of(), OptionalLong.empty());

        // When
        record("teacher-ana", List.of("lead-to-action"), Map.of(), OptionalLong.of(0));
        Versioned<SavedSelfCheck> byEditor = record("editor", List.of(), Map.of(), OptionalLong.of(1));

        // Then
        assertEquals(2, byEditor.version());
        assertEquals("editor", selfChecks.find(PAGE).orElseThrow().value().savedByKey());
    }

    @Test
    public void record_shouldRefuseAViewerWhoIsNeitherParticipantNorEditor() {
        // When
        assertThrows(SelfCheckRefusedException.class,
                () -> record("colleague", List.of("substantive"), Map.of(), OptionalLong.empty()));

        // Then
        assertEquals(Optional.empty(), selfChecks.find(PAGE));
    }

    @Test
    public void record_shouldAnswerNotFound_forAViewerWhoMayNotView_evenTheTeacher() {
        // Given
        permissions = new GrantedPagePermissions();
        target = new RecordSelfCheck(conversations, selfChecks, permissions, Clock.fixed(NOW, ZoneOffset.UTC));

        // When / Then
        assertThrows(SelfCheckNotFoundException.class,
                () -> record("teacher-ana", List.of(), Map.of(), OptionalLong.empty()));
        assertThrows(SelfCheckNotFoundException.class,
                () -> record(null, List.of(), Map.of(), OptionalLong.empty()));
    }

    @Test
    public void record_shouldAnswerNotFound_whenThePermissionCheckFails() {
        // Given
        target = new RecordSelfCheck(conversations, selfChecks, new GrantedPagePermissions().failing(),
                Clock.fixed(NOW, ZoneOffset.UTC));

        // When / Then
        assertThrows(SelfCheckNotFoundException.class,
                () -> record("coach-maria", List.of(), Map.of(), OptionalLong.empty()));
        assertEquals(Optional.empty(), selfChecks.find(PAGE));
    }

    @Test
    public void record_shouldAnswerNotFound_forPagesWithoutSelfCheck() {
        // Given
        givenConversation(43, ConversationType.CYCLE_RECORD);
        conversations.trash(PAGE);
        permissions.allowEdit(43, "coach-maria").allowEdit(44, "coach-maria");

        // When / Then
        for (long pageId : List.of(PAGE, 43L, 44L)) {
            assertThrows(SelfCheckNotFoundException.class, () -> target.record(pageId, Optional.of("coach-maria"),
                    List.of(), Map.of(), OptionalLong.empty()));
        }
    }

    @Test
    public void record_shouldRefuseBadInput_andStoreNothing() {
        // When / Then
        assertEquals("present", assertThrows(UnknownQualityException.class,
                () -> record("coach-maria", List.of("charm"), Map.of(), OptionalLong.empty())).field());
        assertThrows(InvalidSelfCheckException.class, () -> record("coach-maria", List.of(),
                Map.of("substantive", "x".repeat(QualitySelfCheck.NOTE_MAX_LENGTH + 1)), OptionalLong.empty()));
        assertThrows(SelfCheckVersionException.class,
                () -> record("coach-maria", List.of(), Map.of(), OptionalLong.of(0)));
        assertEquals(Optional.empty(), selfChecks.find(PAGE));
    }

    @Test
    public void record_shouldRefuseAChangeWithoutVersion_andAStaleOne_andKeepWhatIsStored() {
        // Given
        Versioned<SavedSelfCheck> first = record("coach-maria", List.of("substantive"), Map.of(),
                OptionalLong.empty());
        Versioned<SavedSelfCheck> second = record("teacher-ana", List.of(), Map.of(), OptionalLong.of(0));

        // When / Then
        assertThrows(SelfCheckVersionException.class,
                () -> record("coach-maria", List.of(), Map.of(), OptionalLong.empty()));
        assertThrows(ConcurrentUpdateException.class,
                () -> record("coach-maria", List.of(), Map.of(), OptionalLong.of(first.version())));
        assertEquals(Optional.of(second), selfChecks.find(PAGE));
        assertEquals(Set.of(), selfChecks.find(PAGE).orElseThrow().value().check().presentQualities());
    }
}
