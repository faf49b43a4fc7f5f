package org.coachingconversations.domain.form;

import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.people.UserReference;

/** The validated wizard / REST input of one conversation page, whichever its type. */
public sealed interface ConversationInput
        permits CoachingConversationInput, VideoCoachingCycleInput, SpsReflectionInput, CycleRecordInput {

    ConversationType type();

    /** The teacher the conversation is about; the page title names them. */
    UserReference teacher();
}
