package org.coachingconversations.confluence.blueprint;

import com.atlassian.sal.api.message.I18nResolver;
import org.coachingconversations.domain.conversation.FieldError;
import org.coachingconversations.domain.conversation.FormField;
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

    /** A text of ours with its MessageFormat arguments ({0}, {1} …). */
    String text(String key, String... arguments) {
        return i18n.getText(key, arguments);
    }

    /** A guide text without open values; texts with values (the rubric name, the e-mail fields) take them below. */
    String text(GuideText text) {
        if (!text.arguments().isEmpty()) {
            throw new IllegalArgumentException("The guide text " + text.key() + " needs values for " + text.arguments());
        }
        return i18n.getText(text.key());
    }

    /**
     * A guide text with its open values filled in, e.g. the teacher e-mail with the wizard's names and clips.
     * Values are inserted as they are (MessageFormat does not read them as patterns); escaping is the writer's job.
     *
     * @throws IllegalArgumentException naming the first value the text needs but {@code values} lacks
     */
    String text(GuideText text, Map<GuideArgument, ?> values) {
        return i18n.getText(text.key(), serializable(text.argumentValues(values)));
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
            serializable[index] = String.valueOf(arguments[index]);
        }
        return serializable;
    }
}
