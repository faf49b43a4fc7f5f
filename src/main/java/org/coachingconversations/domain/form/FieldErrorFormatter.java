package org.coachingconversations.domain.form;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns a field error into a sentence, given a lookup of raw message patterns (a resource bundle,
 * or the host's i18n resolver in raw-text mode). Kept here so every adapter words errors alike.
 */
public final class FieldErrorFormatter {

    private final Function<String, String> patternForKey;
    private final Locale locale;

    public FieldErrorFormatter(Function<String, String> patternForKey, Locale locale) {
        this.patternForKey = Objects.requireNonNull(patternForKey, "patternForKey");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    public String label(FormField field) {
        return pattern(field.labelKey());
    }

    public String format(FieldError error) {
        String label = label(error.field());
        return new MessageFormat(pattern(error.messageKey()), locale).format(error.messageArguments(label));
    }

    private String pattern(String key) {
        String pattern = patternForKey.apply(key);
        if (pattern == null) {
            throw new IllegalStateException("No text for message key " + key);
        }
        return pattern;
    }
}
