package org.coachingconversations.confluence.macro;

import com.atlassian.sal.api.message.I18nResolver;
import org.coachingconversations.domain.guide.GuideArgument;
import org.coachingconversations.domain.guide.GuideText;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Translates guide texts for one rendering. The values a text leaves open come from the page's space (the rubric
 * name, read only when a shown text needs it) or, for the teacher e-mail's fields, the seed's sample values, which
 * read as placeholders to fill in.
 */
final class GuideTexts {

    private final I18nResolver i18n;
    private final Supplier<String> rubricName;
    private final Map<GuideArgument, Serializable> known = new EnumMap<>(GuideArgument.class);

    GuideTexts(I18nResolver i18n, Supplier<String> rubricName) {
        this.i18n = i18n;
        this.rubricName = rubricName;
    }

    String text(GuideText text) {
        if (text.arguments().isEmpty()) {
            return i18n.getText(text.key());
        }
        return i18n.getText(text.key(), text.arguments().stream().map(this::value).toArray(Serializable[]::new));
    }

    /** A text whose only open value is a number of minutes, e.g. "{0} min". */
    String minutes(GuideText text, int minutes) {
        return i18n.getText(text.key(), minutes);
    }

    String key(String key, Serializable... arguments) {
        return i18n.getText(key, arguments);
    }

    List<String> texts(List<GuideText> texts) {
        return texts.stream().map(this::text).toList();
    }

    private Serializable value(GuideArgument argument) {
        return known.computeIfAbsent(argument, wanted -> switch (wanted) {
            case RUBRIC_NAME -> rubricName.get();
            case MINUTES -> throw new IllegalArgumentException("Minutes come from the agenda step, not the page");
            default -> i18n.getText(wanted.exampleKey());
        });
    }
}
