package org.coachingconversations.domain.guide;

import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.coachingconversations.testing.i18n.I18nBundle;

/** The guide bundle alone, read the way the host reads it (MessageFormat patterns). */
final class GuideBundle {

    static final String RESOURCE = "i18n/coaching-guides.properties";

    private final I18nBundle bundle = I18nBundle.fromFiles(List.of(Paths.get("src/main/resources", RESOURCE)));

    Set<String> keys() {
        return bundle.keys();
    }

    boolean has(String key) {
        return bundle.hasKey(key);
    }

    String pattern(String key) {
        if (!bundle.hasKey(key)) {
            throw new AssertionError("The guide bundle has no key " + key);
        }
        return bundle.rawText(key);
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
