package org.coachingconversations.application.quality;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.InMemoryConversationStore;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.quality.InMemorySelfCheckStore;
import org.coachingconversations.domain.quality.QualitySelfCheck;
import org.coachingconversations.domain.quality.SavedSelfCheck;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.testing.access.GrantedPagePermissions;
import org.junit.Before;
import org.junit.Test;

public class ShowSelfCheckTest {

    private static final long PAGE = 42;

    private InMemoryConversationStore conversations;
    private InMemorySelfCheckStore selfChecks;
    private ShowSelfCheck target;

    @Before
    public void setUp() {
        conversations = new InMemoryConversationStore();
        selfChecks = new InMemorySelfCheckStore();
        target = new ShowSelfCheck(conversations, selfChecks, new GrantedPagePermissions()
                .allowView(PAGE, "teacher-ana", "coach-maria", "colleague").allowEdit(PAGE, "editor"));
        conversations.register(new StoredConversation(PAGE, "LINCOLN", ConversationType.VIDEO_COACHING_CYCLE,
                "teacher-ana", Optional.of("coach-maria"), LocalDate.of(2026, 12, 1), Optional.empty(),
                Optional.empty()));
    }

    @Test
    public void forViewer_shouldShowWhatIsSaved_andWhetherThisViewerMaySave() {
        // Given
        Versioned<SavedSelfCheck> saved = selfChecks.saveFirst(new SavedSelfCheck("LINCOLN",
                QualitySelfCheck.forConversation(PAGE).build(), "coach-maria", Instant.EPOCH));

        // When
        SelfCheckSheet forColleague = target.forViewer(PAGE, Optional.of("colleague")).orElseThrow();
        List<Boolean> maySave = List.of("teacher-ana", "coach-maria", "editor").stream()
                .map(viewer -> target.forViewer(PAGE, Optional.of(viewer)).orElseThrow().maySave()).toList();

        // Then
        assertEquals(Optional.of(saved), forColleague.saved());
        assertFalse(forColleague.maySave());
        assertEquals(List.of(true, true, true), maySave);
    }

    @Test
    public void forViewer_shouldShowNothing_toAViewerWhoMayNotView_orAnonymously() {
        // When / Then
        assertEquals(Optional.empty(), target.forViewer(PAGE, Optional.of("stranger")));
        assertEquals(Optional.empty(), target.forViewer(PAGE, Optional.empty()));
    }

    @Test
    public void forViewer_shouldShowAnEmptySheet_beforeTheFirstSave() {
        // When
        SelfCheckSheet sheet = target.forViewer(PAGE, Optional.of("teacher-ana")).orElseThrow();

        // Then
        assertEquals(Optional.empty(), sheet.saved());
        assertTrue(sheet.maySave());
    }
}
