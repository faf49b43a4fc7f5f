package org.coachingconversations.confluence.macro;

import com.atlassian.sal.api.message.I18nResolver;
import org.coachingconversations.domain.guide.GuideProblem;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The in-page message of a guide or agenda macro whose parameters cannot be shown: one sentence per problem, naming
 * the parameter (by the label the macro browser shows) and what it may hold. The message is plain text; the template
 * encodes it, so a hostile value reads as the text it is.
 */
final class GuideProblemMessages {

    private static final String PREFIX = "coaching.guide.macro.problem.";

    private final I18nResolver i18n;
    private final Function<String, String> parameterLabel;

    /** @param parameterLabel the translated label of a parameter, by its name */
    GuideProblemMessages(I18nResolver i18n, Function<String, String> parameterLabel) {
        this.i18n = i18n;
        this.parameterLabel = parameterLabel;
    }

    MacroErrorView error(String titleKey, List<GuideProblem> problems) {
        return new MacroErrorView(i18n.getText(titleKey),
                problems.stream().map(this::sentence).collect(Collectors.joining(" ")));
    }

    private String sentence(GuideProblem problem) {
        String label = parameterLabel.apply(problem.parameter());
        String allowed = String.join(", ", problem.allowedValues());
        return switch (problem.kind()) {
            case MISSING -> i18n.getText(PREFIX + "missing", label, allowed);
            case UNKNOWN -> i18n.getText(PREFIX + "unknown", label, problem.value(), allowed);
            case NOT_APPLICABLE -> i18n.getText(PREFIX + "not-applicable", label, problem.value(),
                    String.join(", ", problem.applicableGuides()), allowed);
            case NOT_A_TIME -> i18n.getText(PREFIX + "not-a-time", label, problem.value(), allowed);
            case TOO_LONG -> i18n.getText(PREFIX + "too-long", label,
                    problem.value().strip().codePointCount(0, problem.value().strip().length()), allowed);
        };
    }
}
