package org.coachingconversations.domain.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/** The shipped English bundle, read the way the host reads it, for asserting what users read. */
final class EnglishMessages {

    static final Properties BUNDLE = load();

    private EnglishMessages() {
    }

    static FieldErrorFormatter formatter() {
        return new FieldErrorFormatter(BUNDLE::getProperty, Locale.ENGLISH);
    }

    static String text(FieldError error) {
        return formatter().format(error);
    }

    private static Properties load() {
        try (InputStream in = EnglishMessages.class.getResourceAsStream("/i18n/coaching.properties")) {
            if (in == null) {
                throw new IllegalStateException("i18n/coaching.properties is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
