package org.coachingconversations.confluence.settings;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.Objects;
import java.util.stream.Collectors;
import org.coachingconversations.domain.settings.InvalidSpaceSettingsException;
import org.coachingconversations.domain.settings.SettingsProblem;

/** The words of a settings problem in the reader's language: the domain names the rule and the facts, this the text. */
public final class SettingsProblemMessages {

    static final String PREFIX = "coaching.messages.settings.";

    private final I18nResolver i18n;

    public SettingsProblemMessages(I18nResolver i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    /** What is wrong with the field, e.g. "the value "x" is not a whole number." */
    public String message(SettingsProblem problem) {
        return i18n.getText(key(problem.rule()), problem.facts().toArray(String[]::new));
    }

    /** The message after the setting's label, for a list that is not shown beside the field. */
    public String text(SettingsProblem problem) {
        return i18n.getText(PREFIX + "problem.text", i18n.getText(problem.setting().labelKey()), message(problem));
    }

    /** "Nothing was saved." and every problem with its label. */
    public String summary(InvalidSpaceSettingsException invalid) {
        return i18n.getText(PREFIX + "not-saved",
                invalid.problems().stream().map(this::text).collect(Collectors.joining(" ")));
    }

    public static String key(SettingsProblem.Rule rule) {
        return PREFIX + rule.id();
    }
}
