package org.coachingconversations.domain.form;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.guide.EntryPoint;
import org.coachingconversations.domain.people.UserReference;

/** What the coaching-conversation wizard (seed 002) collects. */
public record CoachingConversationInput(
        UserReference teacher,
        UserReference coach,
        LocalDate conversationDate,
        EntryPoint entryPoint,
        Optional<String> focus,
        Optional<LocalDate> nextConversationDate) implements ConversationInput {

    public CoachingConversationInput {
        InputRules.requireDifferentPeople(teacher, coach, "coach");
        Objects.requireNonNull(conversationDate, "conversationDate");
        Objects.requireNonNull(entryPoint, "entryPoint");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(nextConversationDate, "nextConversationDate");
        if (nextConversationDate.filter(next -> next.isBefore(conversationDate)).isPresent()) {
            throw new IllegalArgumentException("The next conversation cannot come before this one");
        }
    }

    @Override
    public ConversationType type() {
        return ConversationType.COACHING_CONVERSATION;
    }
}
