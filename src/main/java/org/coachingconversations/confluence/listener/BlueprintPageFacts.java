package org.coachingconversations.confluence.listener;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.confluence.blueprint.BlueprintFacts;
import org.coachingconversations.application.blueprint.BlueprintPageRegistration.StartingStep;
import org.coachingconversations.domain.form.FieldValidator;
import org.coachingconversations.domain.guide.ObservationType;

/**
 * The {@link BlueprintFacts} of one created page, read from the event's context. A fact that is missing or cannot be
 * read is refused with a message naming the page and the key.
 */
final class BlueprintPageFacts {

    private final long pageId;
    private final Map<String, Object> context;

    BlueprintPageFacts(long pageId, Map<String, Object> context) {
        this.pageId = pageId;
        this.context = context == null ? Map.of() : context;
    }

    String required(String key) {
        return optional(key).orElseThrow(() -> new IllegalArgumentException(
                "Page " + pageId + ": the blueprint context has no " + key + "."));
    }

    /** A fact is text; anything else (or blank text) counts as absent. */
    Optional<String> optional(String key) {
        return context.get(key) instanceof String value && !value.isBlank() ? Optional.of(value.strip()) : Optional.empty();
    }

    LocalDate requiredDate(String key) {
        return date(key, required(key));
    }

    Optional<LocalDate> optionalDate(String key) {
        return optional(key).map(value -> date(key, value));
    }

    ObservationType observationType() {
        String id = required(BlueprintFacts.OBSERVATION_TYPE);
        return ObservationType.fromId(id).orElseThrow(() -> new IllegalArgumentException("Page " + pageId + ": "
                + BlueprintFacts.OBSERVATION_TYPE + " \"" + id + "\" is not an observation type."));
    }

    List<StartingStep> actionSteps() {
        try {
            return BlueprintFacts.readActionSteps(optional(BlueprintFacts.ACTION_STEPS).orElse(""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Page " + pageId + ": " + e.getMessage(), e);
        }
    }

    private LocalDate date(String key, String value) {
        try {
            return FieldValidator.parseDate(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Page " + pageId + ": " + key + " " + e.getMessage(), e);
        }
    }
}
