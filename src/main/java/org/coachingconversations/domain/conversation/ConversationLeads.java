package org.coachingconversations.domain.conversation;

import java.time.LocalDate;
import java.util.Optional;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;

/**
 * Who leads a conversation of each type, and which day a new conversation is dated: the rules a page created from a
 * blueprint is registered by.
 */
public final class ConversationLeads {

    private ConversationLeads() {
    }

    /**
     * The observer leads a Cycle Record's post-conference, the coach a coaching conversation and a video coaching
     * cycle; an SPS reflection may be written without a coach.
     *
     * @throws IllegalArgumentException when the type needs a leader and none is named
     */
    public static Optional<String> leader(ConversationType type, Optional<String> observerKey, Optional<String> coachKey) {
        return switch (type) {
            case CYCLE_RECORD -> Optional.of(observerKey.orElseThrow(() -> missing(type, "observer")));
            case SPS_REFLECTION -> coachKey;
            case COACHING_CONVERSATION, VIDEO_COACHING_CYCLE ->
                    Optional.of(coachKey.orElseThrow(() -> missing(type, "coach")));
        };
    }

    /**
     * A Cycle Record's conversation is its post-conference; other pages carry their date, and a page without one
     * (an SPS reflection) is dated by the day it is created in the space's time zone.
     */
    public static LocalDate heldOn(Optional<CycleRecordDates> cycleRecord, Optional<LocalDate> conversationOn,
            LocalDate createdOn) {
        if (cycleRecord.isPresent()) {
            return cycleRecord.get().conferenceOn().orElseThrow(() -> new IllegalArgumentException(
                    "A Cycle Record is registered with its post-conference date."));
        }
        return conversationOn.orElse(createdOn);
    }

    private static IllegalArgumentException missing(ConversationType type, String who) {
        return new IllegalArgumentException("A " + type.id() + " names no " + who + ".");
    }
}
