package org.coachingconversations.domain.followup;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.junit.Test;

public class PreviousConversationsTest {

    private static final String SPACE = "MATH";
    private static final String TERESA = "teresa-key";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    private final InMemoryConversationRepository conversations =
            new InMemoryConversationRepository(new InMemoryActionStepRepository());
    private final PreviousConversations target = new PreviousConversations(conversations);

    @Test
    public void of_shouldGiveTheTeachersLatestCoachingConversationOrVideoCycle_leavingOutCycleRecordsAndSpsReflections() {
        // Given
        StoredConversation video = conversation(10, ConversationType.VIDEO_COACHING_CYCLE, TODAY.minusDays(20));
        conversations.add(conversation(5, ConversationType.COACHING_CONVERSATION, TODAY.minusDays(40)), video,
                conversation(11, ConversationType.CYCLE_RECORD, TODAY.minusDays(3)),
                conversation(12, ConversationType.SPS_REFLECTION, TODAY.minusDays(2)));
        StoredConversation current = conversation(30, ConversationType.COACHING_CONVERSATION, TODAY);
        conversations.add(current);

        // When
        Optional<StoredConversation> previous = target.of(current);

        // Then
        assertEquals(Optional.of(video), previous);
    }

    @Test
    public void of_shouldTakeThePageCreatedEarlierThatDay_andNeverThePageItselfOrALaterOne() {
        // Given
        StoredConversation first = conversation(20, ConversationType.COACHING_CONVERSATION, TODAY);
        StoredConversation second = conversation(21, ConversationType.COACHING_CONVERSATION, TODAY);
        conversations.add(first, second, conversation(40, ConversationType.COACHING_CONVERSATION, TODAY.plusDays(1)));

        // When / Then
        assertEquals(Optional.of(first), target.of(second));
        assertEquals(Optional.empty(), target.of(first));
    }

    @Test
    public void of_shouldFindNothing_forAnotherTeacherOrSpace() {
        // Given
        conversations.add(new StoredConversation(1, "ELA", ConversationType.COACHING_CONVERSATION, TERESA,
                Optional.empty(), TODAY.minusDays(7), Optional.empty(), Optional.empty()),
                new StoredConversation(2, SPACE, ConversationType.COACHING_CONVERSATION, "ben-key",
                        Optional.empty(), TODAY.minusDays(7), Optional.empty(), Optional.empty()));

        // When / Then
        assertEquals(Optional.empty(), target.of(conversation(3, ConversationType.COACHING_CONVERSATION, TODAY)));
    }

    private static StoredConversation conversation(long pageId, ConversationType type, LocalDate heldOn) {
        return new StoredConversation(pageId, SPACE, type, TERESA, Optional.of("coach-key"), heldOn,
                Optional.empty(), Optional.empty());
    }
}
