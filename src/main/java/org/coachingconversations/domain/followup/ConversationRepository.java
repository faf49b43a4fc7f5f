package org.coachingconversations.domain.followup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;

/** Reads stored conversations of a space: each method is an indexed, bounded query or a COUNT. */
public interface ConversationRepository {

    /**
     * Conversations whose next-conversation date is before {@code today} and whose follow-up was
     * not held, ordered by that date, then page id.
     */
    ResultPage<StoredConversation> findFollowUpsPastDue(String spaceKey, LocalDate today, ResultPageRequest page);

    /**
     * For each of the given teachers who had one, the date of their latest conversation in the
     * space on or before {@code onOrBefore} (pages dated later are plans, not conversations).
     * Teachers without one are absent from the map. One GROUP BY query per call.
     */
    Map<String, LocalDate> latestConversationDates(String spaceKey, Collection<String> teacherKeys,
            LocalDate onOrBefore);

    /**
     * The teacher's most recent conversation in the space, of any type, dated on or before {@code onOrBefore}:
     * the latest date wins, and of two on the same day the page created later (the higher page id). Pages in the
     * trash are left out. One indexed query that reads at most one row.
     */
    Optional<StoredConversation> latestOnOrBefore(String spaceKey, String teacherKey, LocalDate onOrBefore);

    /**
     * The teacher's latest conversation of one of {@code types} in the space that comes before a given one: dated
     * before {@code heldOn}, or dated that day on a page created earlier (a lower page id than {@code pageId}). A page
     * never comes before itself. Pages in the trash are left out. One indexed query that reads at most one row.
     *
     * @param types not empty
     */
    Optional<StoredConversation> latestBefore(String spaceKey, String teacherKey, Set<ConversationType> types,
            LocalDate heldOn, long pageId);

    /** All conversations stored for the space, of every type. */
    long countConversations(String spaceKey);

    /**
     * Conversations of the space with at least one action step that has an owner and a due date
     * and is not dropped (seed 001: a conversation that leads to action).
     */
    long countConversationsLeadingToAction(String spaceKey);
}
