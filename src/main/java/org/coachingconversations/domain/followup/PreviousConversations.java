package org.coachingconversations.domain.followup;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;

/**
 * Which earlier page a conversation follows up on: the same teacher's latest coaching conversation or video coaching
 * cycle in the same space, dated on or before this one (of two on the same day, the one created earlier), never the
 * page itself, never a page in the trash.
 *
 * <p>Cycle Records do not count: they are evaluation records, restricted to teacher, observer and leaders, and their
 * follow-up is recorded on the record itself. SPS reflections do not count either: they are the teacher's reflection
 * on survey results, not a conversation that agreed next steps with a coach.
 */
public final class PreviousConversations {

    /** The page types a coaching conversation follows up on. */
    public static final Set<ConversationType> FOLLOWED_UP_TYPES = Collections.unmodifiableSet(
            EnumSet.of(ConversationType.COACHING_CONVERSATION, ConversationType.VIDEO_COACHING_CYCLE));

    private final ConversationRepository conversations;

    public PreviousConversations(ConversationRepository conversations) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
    }

    /** The conversation {@code current} follows up on, if the teacher had one. */
    public Optional<StoredConversation> of(StoredConversation current) {
        Objects.requireNonNull(current, "current");
        return conversations.latestBefore(current.spaceKey(), current.teacherKey(), FOLLOWED_UP_TYPES,
                current.heldOn(), current.pageId());
    }
}
