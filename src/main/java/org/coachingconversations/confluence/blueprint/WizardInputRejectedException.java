package org.coachingconversations.confluence.blueprint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by a blueprint's context provider when the wizard's input does not pass the domain form on the server
 * (the browser checks the same rules first, so this mostly stops crafted requests and stale pages). The host
 * runs the context provider before it saves a draft or a page, so nothing is created; the create-content REST
 * call fails and the create dialog reports the error. The message lists every problem in words; the messages
 * are also kept per field for whoever shows them beside the fields.
 * <p>
 * Unchecked on purpose: {@code updateBlueprintContext} declares no exception, and the create-content plugin's own
 * {@code BlueprintIllegalArgumentException} is checked and could not be thrown from it.
 */
public class WizardInputRejectedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, List<String>> messagesByField;

    WizardInputRejectedException(String summary, Map<String, List<String>> messagesByField) {
        super(summary + " " + String.join(" ", all(messagesByField)));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        messagesByField.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        this.messagesByField = Collections.unmodifiableMap(copy);
    }

    /** The messages by wizard field name, in the order of the form's fields. */
    public Map<String, List<String>> messagesByField() {
        return messagesByField;
    }

    private static List<String> all(Map<String, List<String>> messagesByField) {
        List<String> all = new ArrayList<>();
        messagesByField.values().forEach(all::addAll);
        return all;
    }
}
