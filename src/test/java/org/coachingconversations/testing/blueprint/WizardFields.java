package org.coachingconversations.testing.blueprint;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a blueprint's wizard submits to its context provider, in {@link ContextProviderFixture#SPACE}: valid values by
 * default, which a test changes one field at a time. A type's builder names its fields on top of {@link #with}.
 */
public abstract class WizardFields<W extends WizardFields<W>> {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    protected WizardFields(Map<String, ?> valid) {
        fields.putAll(valid);
    }

    /** Sets a field; null leaves it out, as when the wizard does not send it. */
    public W with(String name, String value) {
        if (value == null) {
            fields.remove(name);
        } else {
            fields.put(name, value);
        }
        return self();
    }

    public RecordingBlueprintContext context() {
        return new RecordingBlueprintContext(ContextProviderFixture.SPACE, fields);
    }

    @SuppressWarnings("unchecked")
    private W self() {
        return (W) this;
    }
}
