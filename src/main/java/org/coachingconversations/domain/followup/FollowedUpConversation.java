package org.coachingconversations.domain.followup;

import java.util.List;
import java.util.Objects;
import org.coachingconversations.domain.conversation.StoredConversation;

/**
 * The earlier conversation a page follows up on, as one viewer who may view it sees it now.
 *
 * @param openSteps its steps still open, in the order they were added
 */
public record FollowedUpConversation(StoredConversation conversation, List<ListedStep> openSteps) {

    public FollowedUpConversation {
        Objects.requireNonNull(conversation, "conversation");
        openSteps = List.copyOf(openSteps);
    }
}
