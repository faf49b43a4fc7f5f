package org.coachingconversations.domain.guide;

import java.util.List;
import java.util.Objects;

/**
 * Why a guide or agenda request cannot be shown as asked, for one parameter: what was given and what it may hold.
 *
 * @param parameter     the parameter's stable name, e.g. {@value GuideRequest#ROLE}
 * @param kind          what is wrong with it
 * @param value         the value as given, untrimmed (empty when missing)
 * @param allowedValues what the parameter may hold here: ids for a choice, a pattern such as {@code HH:mm}
 *                      for a time, the greatest length for text
 * @param applicableGuides for {@link Kind#NOT_APPLICABLE}, the guides the parameter belongs to
 */
public record GuideProblem(String parameter, Kind kind, String value, List<String> allowedValues,
                           List<String> applicableGuides) {

    /** What is wrong with a parameter. */
    public enum Kind {
        /** A value is needed and there is none. */
        MISSING,
        /** The value names nothing this parameter offers (a typo, or a value from an older version). */
        UNKNOWN,
        /** The parameter filters something the chosen guide does not have. */
        NOT_APPLICABLE,
        /** The value is not a time of day in the expected form. */
        NOT_A_TIME,
        /** The text is longer than the parameter allows. */
        TOO_LONG
    }

    public GuideProblem {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(kind, "kind");
        value = value == null ? "" : value;
        allowedValues = List.copyOf(allowedValues);
        applicableGuides = List.copyOf(applicableGuides);
    }

    static GuideProblem of(String parameter, Kind kind, String value, List<String> allowedValues) {
        return new GuideProblem(parameter, kind, value, allowedValues, List.of());
    }
}
