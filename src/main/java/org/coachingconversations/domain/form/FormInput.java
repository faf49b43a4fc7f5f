package org.coachingconversations.domain.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw values a wizard or REST call submitted, by wire name. A wizard context or a parsed JSON
 * object can be passed as it is: a value may be a string, a collection or array of strings, or
 * another scalar (taken by its string form); names no form knows are ignored.
 */
public final class FormInput {

    private final Map<String, List<String>> values;

    private FormInput(Map<String, List<String>> values) {
        this.values = values;
    }

    public static FormInput of(Map<String, ?> submitted) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        submitted.forEach((name, value) -> values.put(name, asStrings(value)));
        return new FormInput(values);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every value submitted under the field's name, as sent (nulls dropped). */
    public List<String> values(FormField field) {
        return values.getOrDefault(field.wireName(), List.of());
    }

    private static List<String> asStrings(Object value) {
        List<String> strings = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(element -> addIfPresent(strings, element));
        } else if (value instanceof Object[] array) {
            for (Object element : array) {
                addIfPresent(strings, element);
            }
        } else {
            addIfPresent(strings, value);
        }
        return List.copyOf(strings);
    }

    private static void addIfPresent(List<String> strings, Object element) {
        if (element != null) {
            strings.add(String.valueOf(element));
        }
    }

    public static final class Builder {
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder with(FormField field, String value) {
            values.put(field.wireName(), value);
            return this;
        }

        public Builder with(FormField field, List<String> multipleValues) {
            values.put(field.wireName(), multipleValues);
            return this;
        }

        public Builder without(FormField field) {
            values.remove(field.wireName());
            return this;
        }

        public FormInput build() {
            return FormInput.of(values);
        }
    }
}
