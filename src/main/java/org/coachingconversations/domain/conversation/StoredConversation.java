package org.coachingconversations.domain.conversation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A conversation page as the dashboards see it: who, when, and when the next one is due. Nothing
 * of the page's content is here, so it may be counted for viewers who cannot open the page.
 *
 * @param leaderKey user key of the coach or observer who led the conversation, when recorded
 * @param nextConversationOn the follow-up date agreed at the end of the conversation
 * @param followUpHeldOn when the agreed follow-up took place; empty while it is still owed
 */
public record StoredConversation(
        long pageId,
        String spaceKey,
        ConversationType type,
        String teacherKey,
        Optional<String> leaderKey,
        LocalDate heldOn,
        Optional<LocalDate> nextConversationOn,
        Optional<LocalDate> followUpHeldOn) {

    public StoredConversation {
        requireText("space key", spaceKey);
        requireText("teacher", teacherKey);
        if (type == null) {
            throw new IllegalArgumentException("Conversation on page " + pageId + ": the type is required.");
        }
        if (heldOn == null) {
            throw new IllegalArgumentException("Conversation on page " + pageId + ": the date is required.");
        }
        leaderKey = leaderKey == null ? Optional.empty() : leaderKey.filter(key -> !key.isBlank());
        nextConversationOn = nextConversationOn == null ? Optional.empty() : nextConversationOn;
        followUpHeldOn = followUpHeldOn == null ? Optional.empty() : followUpHeldOn;
        nextConversationOn.filter(next -> next.isBefore(heldOn)).ifPresent(next -> {
            throw new IllegalArgumentException("Conversation on page " + pageId + ": the next conversation date "
                    + next + " is before the conversation date " + heldOn + ".");
        });
        if (followUpHeldOn.isPresent() && nextConversationOn.isEmpty()) {
            throw new IllegalArgumentException("Conversation on page " + pageId
                    + ": a follow-up cannot be held when no next conversation date was set.");
        }
    }

    /** A follow-up is past its date when it was not held and its date is before today. */
    public boolean isFollowUpPastDue(LocalDate today) {
        return followUpHeldOn.isEmpty() && nextConversationOn.filter(next -> next.isBefore(today)).isPresent();
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Conversation: the " + field + " is required.");
        }
    }
}
