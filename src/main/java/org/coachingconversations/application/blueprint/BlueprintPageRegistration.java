package org.coachingconversations.application.blueprint;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.people.ParticipantRole;

/**
 * What a page created from one of the app's blueprints says about itself, as its type's context provider wrote it.
 * Which of the optional facts a type needs is {@link RegisterBlueprintPage}'s rule, not the caller's.
 *
 * @param pageId the saved page
 * @param spaceKey the space the page was saved in
 * @param observerKey the observer's user key (Cycle Record)
 * @param coachKey the coach's user key (coaching conversation, video coaching cycle; optional on an SPS reflection)
 * @param conversationOn the conversation's date, for types that carry one
 * @param startingSteps the action steps the page starts with, in page order
 */
public record BlueprintPageRegistration(
        ConversationType type,
        long pageId,
        String spaceKey,
        String teacherKey,
        Optional<String> observerKey,
        Optional<String> coachKey,
        Optional<LocalDate> observedOn,
        Optional<ObservationType> observationType,
        Optional<LocalDate> conferenceOn,
        Optional<LocalDate> conversationOn,
        Optional<LocalDate> nextConversationOn,
        List<StartingStep> startingSteps) {

    public BlueprintPageRegistration {
        Objects.requireNonNull(type, "type");
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("Page " + pageId + " is in no space.");
        }
        if (teacherKey == null || teacherKey.isBlank()) {
            throw new IllegalArgumentException("Page " + pageId + ": the " + type.id() + " names no teacher.");
        }
        observerKey = orEmpty(observerKey);
        coachKey = orEmpty(coachKey);
        observedOn = orEmpty(observedOn);
        observationType = orEmpty(observationType);
        conferenceOn = orEmpty(conferenceOn);
        conversationOn = orEmpty(conversationOn);
        nextConversationOn = orEmpty(nextConversationOn);
        startingSteps = startingSteps == null ? List.of() : List.copyOf(startingSteps);
    }

    /** An action step the page starts with, before it is stored. */
    public record StartingStep(ParticipantRole role, Optional<String> ownerKey, Optional<LocalDate> dueOn,
            String description) {

        public StartingStep {
            Objects.requireNonNull(role, "role");
            ownerKey = orEmpty(ownerKey).map(String::strip).filter(key -> !key.isEmpty());
            dueOn = orEmpty(dueOn);
            Objects.requireNonNull(description, "description");
        }
    }

    /** A fact this type needs; refused with a message naming the page when the provider did not write it. */
    <T> T required(Optional<T> fact, String what) {
        return fact.orElseThrow(() -> new IllegalArgumentException(
                "Page " + pageId + ": the " + type.id() + " names no " + what + "."));
    }

    private static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }
}
