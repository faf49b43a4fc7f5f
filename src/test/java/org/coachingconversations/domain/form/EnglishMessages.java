package org.coachingconversations.domain.form;

import java.util.Locale;

import org.coachingconversations.testing.i18n.I18nBundle;

/** The shipped English bundle, read the way the host reads it, for asserting what users read. */
public final class EnglishMessages {

    static final I18nBundle BUNDLE = I18nBundle.mainBundles();

    private EnglishMessages() {
    }

    static FieldErrorFormatter formatter() {
        return new FieldErrorFormatter(EnglishMessages::pattern, Locale.ENGLISH);
    }

    /** The unformatted pattern, or null when the bundle has no such key. */
    public static String pattern(String key) {
        return BUNDLE.hasKey(key) ? BUNDLE.rawText(key) : null;
    }

    static String text(FieldError error) {
        return formatter().format(error);
    }
}
