package org.coachingconversations.application.quality;

import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.quality.SavedSelfCheck;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * A page's self-check as one viewer may see it: the conversation it belongs to, what is saved (nothing yet: empty),
 * and whether this viewer may save it.
 */
public record SelfCheckSheet(StoredConversation conversation, Optional<Versioned<SavedSelfCheck>> saved,
        boolean maySave) {

    public SelfCheckSheet {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(saved, "saved");
    }

    public long pageId() {
        return conversation.pageId();
    }
}
