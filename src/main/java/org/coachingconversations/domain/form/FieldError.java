package org.coachingconversations.domain.form;

import java.util.List;
import java.util.Objects;

/**
 * One problem with one field, ready for a wizard to show beside the field or for a REST call to
 * return: the field's wire name, the message key and the message's arguments from {1} on ({0} is
 * the field's label, see {@link FieldErrorFormatter}).
 */
public record FieldError(FormField field, FormMessage message, List<String> arguments) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(FormField field, FormMessage message, String... arguments) {
        return new FieldError(field, message, List.of(arguments));
    }

    public String fieldName() {
        return field.wireName();
    }

    public String messageKey() {
        return message.key();
    }

    /** The arguments a message pattern expects: the resolved label as {0}, then this error's own. */
    public Object[] messageArguments(String fieldLabel) {
        Object[] all = new Object[arguments.size() + 1];
        all[0] = fieldLabel;
        for (int i = 0; i < arguments.size(); i++) {
            all[i + 1] = arguments.get(i);
        }
        return all;
    }
}
