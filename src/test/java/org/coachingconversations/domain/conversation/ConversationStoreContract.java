package org.coachingconversations.domain.conversation;

import static org.coachingconversations.testing.contract.VersionConflicts.assertStaleVersion;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.versioning.Versioned;
import org.junit.Test;

/**
 * What every {@link ConversationStore} does, an in-memory one as much as the SQL: versions from 0, the conflict
 * when a change names an old version, pages not stored or in the trash. A subclass sets {@link #target} in its
 * {@code @Before}.
 */
public abstract class ConversationStoreContract {

    private static final LocalDate HELD_ON = LocalDate.of(2026, 3, 16);

    protected ConversationStore target;

    /** The page went to the trash. */
    protected abstract void givenTrashed(long pageId);

    @Test
    public void register_shouldStoreTheConversationAtVersionZero() {
        // When
        Versioned<StoredConversation> registered = target.register(conversation(42, "teacher-ana"));

        // Then
        assertEquals(new Versioned<>(conversation(42, "teacher-ana"), 0), registered);
        assertEquals(Optional.of(registered), target.find(42));
    }

    @Test
    public void register_shouldRefuseAPageThatHasOneAlready_andKeepTheFirst() {
        // Given
        target.register(conversation(42, "teacher-ana"));

        // When
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> target.register(conversation(42, "teacher-ben")));

        // Then
        assertEquals("Conversation on page 42 is already stored; update it instead.", refused.getMessage());
        assertEquals(Optional.of(new Versioned<>(conversation(42, "teacher-ana"), 0)), target.find(42));
    }

    @Test
    public void update_shouldReplaceTheFactsAndAddOneToTheVersion_eachTime() {
        // Given
        target.register(conversation(42, "teacher-ana"));

        // When
        Versioned<StoredConversation> first = target.update(conversation(42, "teacher-ben"), 0);
        Versioned<StoredConversation> second = target.update(conversation(42, "teacher-cy"), 1);

        // Then
        assertEquals(List.of(1L, 2L), List.of(first.version(), second.version()));
        assertEquals(Optional.of(new Versioned<>(conversation(42, "teacher-cy"), 2)), target.find(42));
    }

    @Test
    public void update_shouldRefuseAChangeMadeToAnOlderVersion_andChangeNothing() {
        // Given
        target.register(conversation(42, "teacher-ana"));
        target.update(conversation(42, "teacher-ben"), 0);

        // When / Then
        assertStaleVersion(0, 1, () -> target.update(conversation(42, "teacher-cy"), 0));
        assertEquals(Optional.of(new Versioned<>(conversation(42, "teacher-ben"), 1)), target.find(42));
    }

    @Test
    public void update_shouldRefuseAPageWithoutConversationOrInTheTrash() {
        // Given
        target.register(conversation(42, "teacher-ana"));
        givenTrashed(42);

        // When
        List<String> messages = List.of(
                assertThrows(IllegalStateException.class, () -> target.update(conversation(7, "teacher-ana"), 0))
                        .getMessage(),
                assertThrows(IllegalStateException.class, () -> target.update(conversation(42, "teacher-ben"), 0))
                        .getMessage());

        // Then
        assertEquals(List.of("Conversation on page 7 is not stored; register it first.",
                "Conversation on page 42 is in the trash; restore the page first."), messages);
    }

    @Test
    public void find_shouldAnswerNothing_forAPageWithoutConversationOrInTheTrash() {
        // Given
        target.register(conversation(42, "teacher-ana"));
        givenTrashed(42);

        // When / Then
        assertEquals(List.of(Optional.empty(), Optional.empty()), List.of(target.find(7), target.find(42)));
    }

    @Test
    public void recordLeadsToAction_shouldLeaveTheVersionAlone_andIgnoreAPageWithoutConversation() {
        // Given
        target.register(conversation(42, "teacher-ana"));

        // When
        target.recordLeadsToAction(42, true);
        target.recordLeadsToAction(7, true);

        // Then
        assertEquals(Optional.of(new Versioned<>(conversation(42, "teacher-ana"), 0)), target.find(42));
        assertEquals(Optional.empty(), target.find(7));
    }

    @Test
    public void everyWrite_shouldRefuseAPageIdThatIsNotAPage() {
        // When
        List<String> messages = List.of(
                assertThrows(IllegalArgumentException.class, () -> target.register(conversation(0, "teacher-ana")))
                        .getMessage(),
                assertThrows(IllegalArgumentException.class, () -> target.update(conversation(-1, "teacher-ana"), 0))
                        .getMessage(),
                assertThrows(IllegalArgumentException.class, () -> target.find(0)).getMessage());

        // Then
        assertEquals(List.of("Conversation: the page id 0 is not a page.",
                "Conversation: the page id -1 is not a page.", "Conversation: the page id 0 is not a page."),
                messages);
    }

    private static StoredConversation conversation(long pageId, String teacherKey) {
        return new StoredConversation(pageId, "COACH", ConversationType.COACHING_CONVERSATION, teacherKey,
                Optional.of("coach-1"), HELD_ON, Optional.of(HELD_ON.plusWeeks(2)), Optional.empty());
    }
}
