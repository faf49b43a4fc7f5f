package org.coachingconversations.persistence.conversation;

import java.time.LocalDate;
import java.util.Optional;

/** Where a conversation's agreed follow-up stands, as stored in {@code FOLLOW_UP_STATE}. */
enum FollowUpState {
    /** No next conversation date was agreed. */
    NONE,
    /** A next conversation date was agreed and the follow-up has not been held. */
    OWED,
    /** The follow-up took place. */
    HELD;

    static FollowUpState of(Optional<LocalDate> nextConversationOn, Optional<LocalDate> followUpHeldOn) {
        if (followUpHeldOn.isPresent()) {
            return HELD;
        }
        return nextConversationOn.isPresent() ? OWED : NONE;
    }
}
