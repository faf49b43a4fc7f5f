package org.coachingconversations.domain.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** Reads the guide bundle the way the host does (ISO-8859-1 properties, MessageFormat patterns). */
final class GuideBundle {

    static final String RESOURCE = "i18n/coaching-guides.properties";

    private final Properties properties = new Properties();

    GuideBundle() {
        try (InputStream in = GuideBundle.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> keys() {
        return properties.stringPropertyNames();
    }

    boolean has(String key) {
        return properties.containsKey(key);
    }

    String pattern(String key) {
        String pattern = properties.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("The guide bundle has no key " + key);
        }
        return pattern;
    }

    /** The English text, its arguments taken from {@code values}. */
    String text(GuideText text, Map<GuideArgument, ?> values) {
        return new MessageFormat(pattern(text.key()), Locale.ENGLISH).format(text.argumentValues(values));
    }

    /** The English text of a text that takes no arguments. */
    String text(GuideText text) {
        return text(text, Map.of());
    }
}
