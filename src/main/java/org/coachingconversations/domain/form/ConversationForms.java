package org.coachingconversations.domain.form;

import org.coachingconversations.domain.conversation.ConversationType;

/** The form of each conversation type, for adapters that handle every type alike. */
public final class ConversationForms {

    private ConversationForms() {
    }

    public static ConversationForm<? extends ConversationInput> forType(ConversationType type) {
        return switch (type) {
            case COACHING_CONVERSATION -> new CoachingConversationForm();
            case VIDEO_COACHING_CYCLE -> new VideoCoachingCycleForm();
            case SPS_REFLECTION -> new SpsReflectionForm();
            case CYCLE_RECORD -> new CycleRecordForm();
        };
    }
}
