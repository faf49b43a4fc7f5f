package org.coachingconversations.confluence.blueprint;

import com.atlassian.sal.api.message.I18nResolver;
import org.coachingconversations.domain.conversation.FieldError;
import org.coachingconversations.domain.conversation.FormField;
import org.coachingconversations.domain.guide.GuideText;

import java.io.Serializable;
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

    String label(FormField field) {
        return i18n.getText(field.labelKey());
    }

    /** The sentence for a field error, e.g. "Survey period is required." */
    String describe(FieldError error) {
        Object[] arguments = error.messageArguments(label(error.field()));
        Serializable[] serializable = new Serializable[arguments.length];
        for (int index = 0; index < arguments.length; index++) {
            serializable[index] = String.valueOf(arguments[index]);
        }
        return i18n.getText(error.messageKey(), serializable);
    }
}
