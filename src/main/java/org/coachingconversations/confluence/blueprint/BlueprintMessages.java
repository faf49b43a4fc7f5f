package org.coachingconversations.confluence.blueprint;

import com.atlassian.sal.api.message.I18nResolver;
import org.coachingconversations.domain.form.FieldError;
import org.coachingconversations.domain.form.FormField;
import org.coachingconversations.domain.guide.GuideArgument;
import org.coachingconversations.domain.guide.GuideText;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/** The texts a blueprint puts on its page and in its refusals, in the language of the host's request. */
final class BlueprintMessages {

    private final I18nResolver i18n;

    BlueprintMessages(I18nResolver i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    String text(String key) {
        return i18n.getText(key);
    }

    /** A text with values, e.g. "{0} of {1}". */
    String text(String key, String... arguments) {
        return i18n.getText(key, (Serializable[]) arguments);
    }

    /**
     * A guide text without open values. Texts with values (the rubric name, the e-mail fields) need the page's
     * values, which a blueprint passes with the key itself.
     */
    String text(GuideText text) {
        if (!text.arguments().isEmpty()) {
            throw new IllegalArgumentException("The guide text " + text.key() + " needs values for " + text.arguments());
        }
        return i18n.getText(text.key());
    }

    /**
     * A guide text with the page's values for the arguments it leaves open (e.g. the space's rubric name). Values are
     * inserted as they are; the page writer escapes the finished text.
     *
     * @throws IllegalArgumentException naming the first argument the text needs and {@code values} lacks
     */
    String text(GuideText text, Map<GuideArgument, ?> values) {
        if (text.arguments().isEmpty()) {
            return i18n.getText(text.key());
        }
        Object[] arguments = text.argumentValues(values);
        return i18n.getText(text.key(), serializable(arguments));
    }

    /** A bundle text with arguments ({0}, {1} …); numbers stay numbers, for patterns such as {@code {1,choice,…}}. */
    String text(String key, Object... arguments) {
        return i18n.getText(key, serializable(arguments));
    }

    String label(FormField field) {
        return i18n.getText(field.labelKey());
    }

    /** The sentence for a field error, e.g. "Survey period is required." */
    String describe(FieldError error) {
        return i18n.getText(error.messageKey(), serializable(error.messageArguments(label(error.field()))));
    }

    private static Serializable[] serializable(Object[] arguments) {
        Serializable[] serializable = new Serializable[arguments.length];
        for (int index = 0; index < arguments.length; index++) {
            Object argument = arguments[index];
            serializable[index] = argument instanceof Number number ? number : String.valueOf(argument);
        }
        return serializable;
    }
}
