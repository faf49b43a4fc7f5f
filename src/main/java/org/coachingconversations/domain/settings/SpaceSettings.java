package org.coachingconversations.domain.settings;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.actionstep.ActionStepDeadlines;
import org.coachingconversations.domain.calendar.Holiday;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.settings.SettingsProblem.Rule;
import org.coachingconversations.domain.text.TextRules;
import org.coachingconversations.domain.sps.SpsSettings;
import org.coachingconversations.domain.timeline.SchoolDayWindow;
import org.coachingconversations.domain.timeline.TimelineSettings;

/**
 * Everything a space administrator can set for one space. A value of this type is always valid: the constructor and
 * {@link Builder#build()} refuse bad settings with an {@link InvalidSpaceSettingsException} that lists every problem,
 * each naming its setting.
 *
 * @param calendar school days: weekend days, holidays and the time zone that decides "today"
 * @param timeline the post-conference protocol's windows, in school days
 * @param dueSoonDays open action steps due within this many calendar days are "due soon"
 * @param coverageWeeks a teacher with no conversation for this many weeks is a coverage gap
 * @param spsMinimumResponses SPS result rows with fewer responses are suppressed
 * @param leadersGroup the Confluence group whose members read the space's dashboard as school leaders; empty for none
 * @param restrictCycleRecords whether a new Cycle Record page is restricted to its teacher and observer
 * @param rubricName the rubric the protocol's steps name (seed 003: "rate using the SOEI rubric")
 * @param rubricElements the rubric's elements offered when strengths and areas for growth are aligned to them
 * @param digestEnabled whether owners of newly overdue action steps receive the daily digest
 */
public record SpaceSettings(
        SchoolCalendar calendar,
        TimelineSettings timeline,
        int dueSoonDays,
        int coverageWeeks,
        int spsMinimumResponses,
        String leadersGroup,
        boolean restrictCycleRecords,
        String rubricName,
        List<String> rubricElements,
        boolean digestEnabled) {

    /**
     * Seed 003 rates "using the SOEI rubric", another district's rubric; until a space names its own, the protocol
     * reads "rate using the observation rubric".
     */
    public static final String DEFAULT_RUBRIC_NAME = "observation";
    /** Privacy is what users of coaching platforms ask for first: only teacher and evaluator see a record. */
    public static final boolean DEFAULT_RESTRICT_CYCLE_RECORDS = true;
    /** Confluence has no reminders for task due dates; the digest is the app's reminder. */
    public static final boolean DEFAULT_DIGEST_ENABLED = true;

    /** A school year has some twenty closures; this leaves room for several years and catches runaway imports. */
    /** Weeks without a conversation before a teacher shows as a coverage gap. */
    public static final int DEFAULT_COVERAGE_WEEKS = 4;
    public static final int MAX_COVERAGE_WEEKS = 52;
    public static final int MAX_HOLIDAYS = 300;
    public static final int MAX_RUBRIC_NAME_LENGTH = 100;
    public static final int MAX_RUBRIC_ELEMENTS = 100;
    public static final int MAX_RUBRIC_ELEMENT_LENGTH = 200;
    /** Confluence stores group names in 255 characters. */
    public static final int MAX_LEADERS_GROUP_LENGTH = 255;

    public SpaceSettings {
        if (calendar == null) {
            throw new InvalidSpaceSettingsException(List.of(
                    SettingsProblem.of(SpaceSetting.TIME_ZONE, Rule.INCOMPLETE)));
        }
        leadersGroup = normalized(leadersGroup);
        rubricName = normalized(rubricName);
        rubricElements = normalizedList(rubricElements);
        List<SettingsProblem> problems = new ArrayList<>();
        if (timeline == null) {
            problems.add(SettingsProblem.of(SpaceSetting.POST_CONFERENCE_WINDOW, Rule.INCOMPLETE));
        }
        checkHolidays(calendar.holidays(), problems);
        checkValues(dueSoonDays, coverageWeeks, spsMinimumResponses, leadersGroup, rubricName, rubricElements,
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidSpaceSettingsException(problems);
        }
    }

    /** The settings of a space nobody has configured, with the given zone (the site's default). */
    public static SpaceSettings defaults(ZoneId zone) {
        return builder(zone).build();
    }

    /** A builder holding the defaults, with the given zone. */
    public static Builder builder(ZoneId zone) {
        return new Builder().zone(zone);
    }

    /** A builder holding these settings, for changing some of them. */
    public Builder toBuilder() {
        return new Builder()
                .zone(calendar.zone())
                .weekendDays(calendar.weekendDays())
                .holidays(calendar.holidays())
                .timeline(timeline)
                .dueSoonDays(dueSoonDays)
                .coverageWeeks(coverageWeeks)
                .spsMinimumResponses(spsMinimumResponses)
                .leadersGroup(leadersGroup)
                .restrictCycleRecords(restrictCycleRecords)
                .rubricName(rubricName)
                .rubricElements(rubricElements)
                .digestEnabled(digestEnabled);
    }

    public Optional<String> leadersGroupName() {
        return leadersGroup.isEmpty() ? Optional.empty() : Optional.of(leadersGroup);
    }

    /** How SPS results are judged in this space; tolerance and file size keep their defaults. */
    public SpsSettings spsSettings() {
        return SpsSettings.defaults().withMinimumResponses(spsMinimumResponses);
    }

    private static void checkHolidays(List<Holiday> holidays, List<SettingsProblem> problems) {
        if (holidays.size() > MAX_HOLIDAYS) {
            problems.add(SettingsProblem.of(SpaceSetting.HOLIDAYS, Rule.TOO_MANY_HOLIDAYS, holidays.size(),
                    MAX_HOLIDAYS));
        }
        for (Holiday holiday : holidays) {
            if (!TextRules.allows(holiday.name(), false)) {
                problems.add(SettingsProblem.of(SpaceSetting.HOLIDAYS, Rule.HOLIDAY_NAME_NOT_ONE_LINE,
                        holiday.first()));
            }
        }
    }

    private static void checkValues(int dueSoonDays, int coverageWeeks, int spsMinimumResponses, String leadersGroup,
            String rubricName, List<String> rubricElements, List<SettingsProblem> problems) {
        if (dueSoonDays < 0 || dueSoonDays > ActionStepDeadlines.MAX_DUE_SOON_DAYS) {
            problems.add(SettingsProblem.of(SpaceSetting.DUE_SOON_DAYS, Rule.DUE_SOON_OUT_OF_RANGE, dueSoonDays,
                    ActionStepDeadlines.MAX_DUE_SOON_DAYS));
        }
        if (coverageWeeks < 1 || coverageWeeks > MAX_COVERAGE_WEEKS) {
            problems.add(SettingsProblem.of(SpaceSetting.COVERAGE_WEEKS, Rule.COVERAGE_OUT_OF_RANGE, coverageWeeks,
                    MAX_COVERAGE_WEEKS));
        }
        if (spsMinimumResponses < 1 || spsMinimumResponses > SpsSettings.MAX_MINIMUM_RESPONSES) {
            problems.add(SettingsProblem.of(SpaceSetting.SPS_MINIMUM_RESPONSES, Rule.SPS_MINIMUM_OUT_OF_RANGE,
                    spsMinimumResponses, SpsSettings.MAX_MINIMUM_RESPONSES));
        }
        checkLine(SpaceSetting.LEADERS_GROUP, Rule.GROUP_NAME_TOO_LONG, Rule.GROUP_NAME_NOT_ONE_LINE, List.of(),
                leadersGroup, MAX_LEADERS_GROUP_LENGTH, problems);
        if (rubricName.isEmpty()) {
            problems.add(SettingsProblem.of(SpaceSetting.RUBRIC_NAME, Rule.RUBRIC_NAME_REQUIRED));
        }
        checkLine(SpaceSetting.RUBRIC_NAME, Rule.RUBRIC_NAME_TOO_LONG, Rule.RUBRIC_NAME_NOT_ONE_LINE, List.of(),
                rubricName, MAX_RUBRIC_NAME_LENGTH, problems);
        checkRubricElements(rubricElements, problems);
    }

    private static void checkRubricElements(List<String> elements, List<SettingsProblem> problems) {
        if (elements.size() > MAX_RUBRIC_ELEMENTS) {
            problems.add(SettingsProblem.of(SpaceSetting.RUBRIC_ELEMENTS, Rule.TOO_MANY_RUBRIC_ELEMENTS,
                    elements.size(), MAX_RUBRIC_ELEMENTS));
        }
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < elements.size(); index++) {
            String element = elements.get(index);
            int position = index + 1;
            if (element.isEmpty()) {
                problems.add(SettingsProblem.of(SpaceSetting.RUBRIC_ELEMENTS, Rule.RUBRIC_ELEMENT_EMPTY, position));
                continue;
            }
            checkLine(SpaceSetting.RUBRIC_ELEMENTS, Rule.RUBRIC_ELEMENT_TOO_LONG, Rule.RUBRIC_ELEMENT_NOT_ONE_LINE,
                    List.of(String.valueOf(position), element), element, MAX_RUBRIC_ELEMENT_LENGTH, problems);
            if (!seen.add(element.toLowerCase(Locale.ROOT))) {
                problems.add(SettingsProblem.of(SpaceSetting.RUBRIC_ELEMENTS, Rule.RUBRIC_ELEMENT_TWICE, position,
                        element));
            }
        }
    }

    /** {@code subject}: the facts that name what is checked, before the length and the limit. */
    private static void checkLine(SpaceSetting setting, Rule tooLong, Rule notOneLine, List<String> subject,
            String value, int maxLength, List<SettingsProblem> problems) {
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            List<String> facts = new ArrayList<>(subject);
            facts.add(String.valueOf(length));
            facts.add(String.valueOf(maxLength));
            problems.add(new SettingsProblem(setting, tooLong, facts));
        }
        if (!TextRules.allows(value, false)) {
            problems.add(new SettingsProblem(setting, notOneLine, subject));
        }
    }

    private static String normalized(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> normalizedList(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().map(SpaceSettings::normalized).toList();
    }

    /**
     * Collects settings as an administrator enters them and checks them all at once: {@link #build()} reports every
     * problem, including those of the calendar and the timeline windows, in one {@link InvalidSpaceSettingsException}.
     */
    public static final class Builder {

        private ZoneId zone;
        private final EnumSet<DayOfWeek> weekendDays = EnumSet.copyOf(SchoolCalendar.DEFAULT_WEEKEND);
        private final List<Holiday> holidays = new ArrayList<>();
        private int[] postConference = window(TimelineSettings.DEFAULT_CONFERENCE_AFTER_OBSERVATION);
        private int[] sharing = window(TimelineSettings.DEFAULT_SHARING_BEFORE_CONFERENCE);
        private int[] finalization = window(TimelineSettings.DEFAULT_FINALIZATION_AFTER_CONFERENCE);
        private int[] acknowledgement = window(TimelineSettings.DEFAULT_ACKNOWLEDGEMENT_AFTER_FINALIZATION);
        private int dueSoonDays = ActionStepDeadlines.DEFAULT_DUE_SOON_DAYS;
        private int coverageWeeks = DEFAULT_COVERAGE_WEEKS;
        private int spsMinimumResponses = SpsSettings.DEFAULT_MINIMUM_RESPONSES;
        private String leadersGroup = "";
        private boolean restrictCycleRecords = DEFAULT_RESTRICT_CYCLE_RECORDS;
        private String rubricName = DEFAULT_RUBRIC_NAME;
        private List<String> rubricElements = List.of();
        private boolean digestEnabled = DEFAULT_DIGEST_ENABLED;

        private Builder() {
        }

        public Builder zone(ZoneId value) {
            zone = value;
            return this;
        }

        /** Replaces the weekend days; an empty collection means school every day of the week. */
        public Builder weekendDays(Collection<DayOfWeek> days) {
            weekendDays.clear();
            if (days != null) {
                days.stream().filter(Objects::nonNull).forEach(weekendDays::add);
            }
            return this;
        }

        public Builder weekendDays(DayOfWeek... days) {
            return weekendDays(List.of(days));
        }

        /** Replaces the holidays. */
        public Builder holidays(Collection<Holiday> values) {
            holidays.clear();
            if (values != null) {
                values.stream().filter(Objects::nonNull).forEach(holidays::add);
            }
            return this;
        }

        public Builder holiday(Holiday holiday) {
            holidays.add(Objects.requireNonNull(holiday, "holiday"));
            return this;
        }

        public Builder timeline(TimelineSettings value) {
            Objects.requireNonNull(value, "timeline");
            postConference = window(value.conferenceAfterObservation());
            sharing = window(value.sharingBeforeConference());
            finalization = window(value.finalizationAfterConference());
            acknowledgement = window(value.acknowledgementAfterFinalization());
            return this;
        }

        public Builder postConferenceWindow(int fewest, int most) {
            postConference = new int[] {fewest, most};
            return this;
        }

        public Builder sharingWindow(int fewest, int most) {
            sharing = new int[] {fewest, most};
            return this;
        }

        public Builder finalizationWindow(int fewest, int most) {
            finalization = new int[] {fewest, most};
            return this;
        }

        public Builder acknowledgementWindow(int fewest, int most) {
            acknowledgement = new int[] {fewest, most};
            return this;
        }

        public Builder dueSoonDays(int value) {
            dueSoonDays = value;
            return this;
        }

        public Builder coverageWeeks(int value) {
            coverageWeeks = value;
            return this;
        }

        public Builder spsMinimumResponses(int value) {
            spsMinimumResponses = value;
            return this;
        }

        /** The leaders group's name; null or blank for none. */
        public Builder leadersGroup(String value) {
            leadersGroup = value;
            return this;
        }

        public Builder restrictCycleRecords(boolean value) {
            restrictCycleRecords = value;
            return this;
        }

        public Builder rubricName(String value) {
            rubricName = value;
            return this;
        }

        public Builder rubricElements(List<String> values) {
            rubricElements = values == null ? List.of() : new ArrayList<>(values);
            return this;
        }

        public Builder digestEnabled(boolean value) {
            digestEnabled = value;
            return this;
        }

        /** @throws InvalidSpaceSettingsException listing every problem, each naming its setting */
        public SpaceSettings build() {
            List<SettingsProblem> problems = new ArrayList<>();
            if (zone == null) {
                problems.add(SettingsProblem.of(SpaceSetting.TIME_ZONE, Rule.ZONE_REQUIRED));
            }
            if (weekendDays.size() == DayOfWeek.values().length) {
                problems.add(SettingsProblem.of(SpaceSetting.WEEKEND_DAYS, Rule.ALL_DAYS_WEEKEND));
            }
            checkHolidays(holidays, problems);
            SchoolDayWindow[] windows = {
                checkedWindow(SpaceSetting.POST_CONFERENCE_WINDOW, postConference, problems),
                checkedWindow(SpaceSetting.SHARING_WINDOW, sharing, problems),
                checkedWindow(SpaceSetting.FINALIZATION_WINDOW, finalization, problems),
                checkedWindow(SpaceSetting.ACKNOWLEDGEMENT_WINDOW, acknowledgement, problems)};
            checkValues(dueSoonDays, coverageWeeks, spsMinimumResponses, normalized(leadersGroup),
                    normalized(rubricName), normalizedList(rubricElements), problems);
            if (!problems.isEmpty()) {
                throw new InvalidSpaceSettingsException(problems);
            }
            SchoolCalendar calendar = SchoolCalendar.builder(zone).weekendDays(weekendDays).holidays(holidays).build();
            TimelineSettings timeline = new TimelineSettings(windows[0], windows[1], windows[2], windows[3]);
            return new SpaceSettings(calendar, timeline, dueSoonDays, coverageWeeks, spsMinimumResponses,
                    leadersGroup, restrictCycleRecords, rubricName, rubricElements, digestEnabled);
        }

        private static SchoolDayWindow checkedWindow(SpaceSetting setting, int[] window,
                List<SettingsProblem> problems) {
            int fewest = window[0];
            int most = window[1];
            if (fewest < 0) {
                problems.add(SettingsProblem.of(setting, Rule.FEWEST_NEGATIVE, fewest));
            } else if (most < fewest) {
                problems.add(SettingsProblem.of(setting, Rule.MOST_BELOW_FEWEST, most, fewest));
            } else if (most > SchoolDayWindow.MAX_SCHOOL_DAYS) {
                problems.add(SettingsProblem.of(setting, Rule.MOST_ABOVE_LIMIT, most, SchoolDayWindow.MAX_SCHOOL_DAYS));
            } else {
                return new SchoolDayWindow(fewest, most);
            }
            return null;
        }

        private static int[] window(SchoolDayWindow window) {
            return new int[] {window.fewest(), window.most()};
        }
    }
}
