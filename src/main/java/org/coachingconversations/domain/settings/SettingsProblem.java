package org.coachingconversations.domain.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with the settings an administrator entered: which setting, which rule it breaks, and the facts the
 * message needs (typed values, counts, limits), in the order of the message's placeholders. The words are the
 * adapter's: it reads them from the i18n bundle under the rule's {@link Rule#id()}.
 */
public record SettingsProblem(SpaceSetting setting, Rule rule, List<String> facts) {

    public SettingsProblem {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(rule, "rule");
        facts = List.copyOf(facts);
    }

    public static SettingsProblem of(SpaceSetting setting, Rule rule, Object... facts) {
        return new SettingsProblem(setting, rule, Arrays.stream(facts).map(String::valueOf).toList());
    }

    /** For logs only: the setting, the rule and the facts, e.g. {@code coverage-weeks: out-of-range-weeks [60, 52]}. */
    public String describe() {
        return setting.id() + ": " + rule.id() + (facts.isEmpty() ? "" : " " + facts);
    }

    /** The rules a setting can break; the comment of each names the facts it carries. */
    public enum Rule {
        /** none */
        ZONE_REQUIRED("zone-required"),
        /** the typed zone, quoted */
        ZONE_UNKNOWN("zone-unknown"),
        /** none */
        LIST_MISSING("list-missing"),
        /** the typed name, quoted */
        NOT_A_DAY("not-a-day"),
        /** none */
        ALL_DAYS_WEEKEND("all-days-weekend"),
        /** the row number */
        HOLIDAY_ROW_EMPTY("holiday-row-empty"),
        /** the row number */
        HOLIDAY_FIRST_DAY_REQUIRED("holiday-first-day-required"),
        /** the row number */
        HOLIDAY_LAST_DAY_REQUIRED("holiday-last-day-required"),
        /** the row number, the typed date quoted */
        HOLIDAY_FIRST_DAY_NOT_A_DATE("holiday-first-day-not-a-date"),
        /** the row number, the typed date quoted */
        HOLIDAY_LAST_DAY_NOT_A_DATE("holiday-last-day-not-a-date"),
        /** the row number, the name's length, the limit */
        HOLIDAY_NAME_TOO_LONG("holiday-name-too-long"),
        /** the row number, the last day, the first day (ISO dates) */
        HOLIDAY_ENDS_BEFORE_START("holiday-ends-before-start"),
        /** the row number, the first day, the last day (ISO dates), the days spanned, the limit */
        HOLIDAY_TOO_LONG("holiday-too-long"),
        /** the holiday's first day (ISO date) */
        HOLIDAY_NAME_NOT_ONE_LINE("holiday-name-not-one-line"),
        /** the number of holidays, the limit */
        TOO_MANY_HOLIDAYS("too-many-holidays"),
        /** none */
        WINDOW_MISSING("window-missing"),
        /** none */
        FEWEST_REQUIRED("fewest-required"),
        /** the typed value, quoted */
        FEWEST_NOT_WHOLE("fewest-not-whole"),
        /** none */
        MOST_REQUIRED("most-required"),
        /** the typed value, quoted */
        MOST_NOT_WHOLE("most-not-whole"),
        /** the fewest */
        FEWEST_NEGATIVE("fewest-negative"),
        /** the most, the fewest */
        MOST_BELOW_FEWEST("most-below-fewest"),
        /** the most, the limit */
        MOST_ABOVE_LIMIT("most-above-limit"),
        /** none */
        VALUE_REQUIRED("value-required"),
        /** the typed value, quoted */
        VALUE_NOT_WHOLE("value-not-whole"),
        /** none */
        VALUE_MISSING("value-missing"),
        /** none */
        FLAG_MISSING("flag-missing"),
        /** the days, the limit */
        DUE_SOON_OUT_OF_RANGE("due-soon-out-of-range"),
        /** the weeks, the limit */
        COVERAGE_OUT_OF_RANGE("coverage-out-of-range"),
        /** the responses, the limit */
        SPS_MINIMUM_OUT_OF_RANGE("sps-minimum-out-of-range"),
        /** the name's length, the limit */
        GROUP_NAME_TOO_LONG("group-name-too-long"),
        /** none */
        GROUP_NAME_NOT_ONE_LINE("group-name-not-one-line"),
        /** the typed name, quoted */
        GROUP_UNKNOWN("group-unknown"),
        /** none */
        RUBRIC_NAME_REQUIRED("rubric-name-required"),
        /** the name's length, the limit */
        RUBRIC_NAME_TOO_LONG("rubric-name-too-long"),
        /** none */
        RUBRIC_NAME_NOT_ONE_LINE("rubric-name-not-one-line"),
        /** the number of elements, the limit */
        TOO_MANY_RUBRIC_ELEMENTS("too-many-rubric-elements"),
        /** the element's position */
        RUBRIC_ELEMENT_EMPTY("rubric-element-empty"),
        /** the element's position, the element, its length, the limit */
        RUBRIC_ELEMENT_TOO_LONG("rubric-element-too-long"),
        /** the element's position, the element */
        RUBRIC_ELEMENT_NOT_ONE_LINE("rubric-element-not-one-line"),
        /** the element's position, the element */
        RUBRIC_ELEMENT_TWICE("rubric-element-twice"),
        /** none: a calendar or timeline missing from code that builds settings without the builder */
        INCOMPLETE("incomplete");

        private final String id;

        Rule(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}
