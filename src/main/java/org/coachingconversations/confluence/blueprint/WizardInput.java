package org.coachingconversations.confluence.blueprint;

import org.coachingconversations.domain.form.ConversationForm;
import org.coachingconversations.domain.form.ConversationInput;
import org.coachingconversations.domain.form.FieldError;
import org.coachingconversations.domain.form.FormInput;
import org.coachingconversations.domain.form.FormResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks what a wizard submitted with the type's domain form, the same rules a REST call meets. */
final class WizardInput {

    static final String REFUSED_KEY = "coaching.blueprint.error.refused";

    private final BlueprintMessages messages;

    WizardInput(BlueprintMessages messages) {
        this.messages = messages;
    }

    /**
     * The validated input.
     *
     * @param submitted the blueprint context's map: the wizard's fields by name, among the host's own keys
     * @throws WizardInputRejectedException listing every field error
     */
    <T extends ConversationInput> T validate(ConversationForm<T> form, Map<String, ?> submitted) {
        FormResult<T> result = form.validate(FormInput.of(submitted));
        if (!result.isValid()) {
            throw reject(result.errors());
        }
        return result.value();
    }

    /** A refusal for errors found after the form, e.g. a user name no one has. */
    WizardInputRejectedException reject(List<FieldError> errors) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            byField.computeIfAbsent(error.fieldName(), name -> new ArrayList<>()).add(messages.describe(error));
        }
        return new WizardInputRejectedException(messages.text(REFUSED_KEY), byField);
    }
}
