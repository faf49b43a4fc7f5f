package org.coachingconversations.domain.form;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Collectors;

/** Either a complete, validated input or the field errors that prevented it; never both. */
public final class FormResult<T> {

    private final T value;
    private final List<FieldError> errors;

    private FormResult(T value, List<FieldError> errors) {
        this.value = value;
        this.errors = errors;
    }

    public static <T> FormResult<T> valid(T value) {
        return new FormResult<>(Objects.requireNonNull(value, "value"), List.of());
    }

    public static <T> FormResult<T> invalid(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid result needs at least one error");
        }
        return new FormResult<>(null, List.copyOf(errors));
    }

    public boolean isValid() {
        return value != null;
    }

    public T value() {
        if (value == null) {
            throw new NoSuchElementException("The input is invalid: " + errors.stream()
                    .map(error -> error.fieldName() + " " + error.messageKey())
                    .collect(Collectors.joining(", ")));
        }
        return value;
    }

    /** All errors, in the order of the form's fields. */
    public List<FieldError> errors() {
        return errors;
    }

    public List<FieldError> errorsFor(FormField field) {
        return errors.stream().filter(error -> error.field() == field).toList();
    }
}
