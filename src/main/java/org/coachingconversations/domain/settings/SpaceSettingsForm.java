package org.coachingconversations.domain.settings;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.coachingconversations.domain.calendar.Holiday;
import org.coachingconversations.domain.people.UserGroups;
import org.coachingconversations.domain.settings.SettingsProblem.Rule;
import org.coachingconversations.domain.settings.SpaceSettingsInput.HolidayInput;
import org.coachingconversations.domain.settings.SpaceSettingsInput.WindowInput;

/**
 * Turns the settings page's input into {@link SpaceSettings}: every typed value is read (time zone, dates, whole
 * numbers, day names), the leaders group must exist, and then {@link SpaceSettings.Builder#build()} checks the rest.
 * Every problem is reported at once, each naming its setting, and a setting whose text could not be read is not
 * checked again, so each field gets one clear message.
 */
public final class SpaceSettingsForm {

    private static final Set<String> ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds());
    /** Longer than any number these settings take; keeps a hostile value out of messages. */
    private static final int MAX_NUMBER_LENGTH = 9;
    private static final int MAX_QUOTED = 60;

    private final UserGroups groups;

    public SpaceSettingsForm(UserGroups groups) {
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    /**
     * The time zones the page offers, sorted: regions only (America/Chicago), which follow daylight saving. Any zone
     * Java knows is accepted, so that a space keeps the site's zone (which may be UTC) when it is saved unchanged.
     */
    public static List<String> timeZones() {
        return ZONES.stream().filter(zone -> zone.contains("/") && !zone.startsWith("Etc/")
                && !zone.startsWith("SystemV/")).toList();
    }

    /** @throws InvalidSpaceSettingsException listing every problem, each naming its setting */
    public SpaceSettings read(SpaceSettingsInput input) {
        Objects.requireNonNull(input, "input");
        List<SettingsProblem> problems = new ArrayList<>();
        Set<SpaceSetting> unreadable = EnumSet.noneOf(SpaceSetting.class);
        Reader reader = new Reader(problems, unreadable);

        ZoneId zone = reader.zone(input.timeZone());
        SpaceSettings.Builder builder = SpaceSettings.builder(zone == null ? ZoneId.of("UTC") : zone);
        builder.weekendDays(reader.weekendDays(input.weekendDays()));
        builder.holidays(reader.holidays(input.holidays()));
        int[] post = reader.window(SpaceSetting.POST_CONFERENCE_WINDOW, input.postConferenceWindow());
        int[] sharing = reader.window(SpaceSetting.SHARING_WINDOW, input.sharingWindow());
        int[] finalization = reader.window(SpaceSetting.FINALIZATION_WINDOW, input.finalizationWindow());
        int[] acknowledgement = reader.window(SpaceSetting.ACKNOWLEDGEMENT_WINDOW, input.acknowledgementWindow());
        builder.postConferenceWindow(post[0], post[1]).sharingWindow(sharing[0], sharing[1])
                .finalizationWindow(finalization[0], finalization[1])
                .acknowledgementWindow(acknowledgement[0], acknowledgement[1]);
        reader.number(SpaceSetting.DUE_SOON_DAYS, input.dueSoonDays()).ifPresent(builder::dueSoonDays);
        reader.number(SpaceSetting.COVERAGE_WEEKS, input.coverageWeeks()).ifPresent(builder::coverageWeeks);
        reader.number(SpaceSetting.SPS_MINIMUM_RESPONSES, input.spsMinimumResponses())
                .ifPresent(builder::spsMinimumResponses);
        builder.leadersGroup(reader.required(SpaceSetting.LEADERS_GROUP, input.leadersGroup()));
        builder.restrictCycleRecords(reader.flag(SpaceSetting.RESTRICT_CYCLE_RECORDS, input.restrictCycleRecords()));
        builder.rubricName(reader.required(SpaceSetting.RUBRIC_NAME, input.rubricName()));
        builder.rubricElements(reader.list(SpaceSetting.RUBRIC_ELEMENTS, input.rubricElements()));
        builder.digestEnabled(reader.flag(SpaceSetting.DIGEST_ENABLED, input.digestEnabled()));

        SpaceSettings settings = null;
        try {
            settings = builder.build();
        } catch (InvalidSpaceSettingsException invalid) {
            invalid.problems().stream().filter(problem -> !unreadable.contains(problem.setting()))
                    .forEach(problems::add);
        }
        if (!unreadable.contains(SpaceSetting.LEADERS_GROUP)) {
            checkGroupExists(input.leadersGroup(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidSpaceSettingsException(ordered(problems));
        }
        return settings;
    }

    private void checkGroupExists(String typed, List<SettingsProblem> problems) {
        String group = typed == null ? "" : typed.strip();
        boolean alreadyWrong = problems.stream().anyMatch(p -> p.setting() == SpaceSetting.LEADERS_GROUP);
        if (group.isEmpty() || alreadyWrong) {
            return;
        }
        if (!groups.exists(group)) {
            problems.add(SettingsProblem.of(SpaceSetting.LEADERS_GROUP, Rule.GROUP_UNKNOWN, quoted(group)));
        }
    }

    /** In the order of the page's fields, so that the first problem is the first field to fix. */
    private static List<SettingsProblem> ordered(List<SettingsProblem> problems) {
        List<SettingsProblem> sorted = new ArrayList<>(new LinkedHashSet<>(problems));
        sorted.sort((a, b) -> Integer.compare(a.setting().ordinal(), b.setting().ordinal()));
        return sorted;
    }

    static String quoted(String value) {
        String shown = value.codePointCount(0, value.length()) > MAX_QUOTED
                ? value.substring(0, value.offsetByCodePoints(0, MAX_QUOTED)) + "\u2026" : value;
        return "\"" + shown.replaceAll("\\p{Cntrl}", " ") + "\"";
    }

    /** Reads typed values, adding a problem (and marking its setting unreadable) for each that cannot be read. */
    private static final class Reader {

        private final List<SettingsProblem> problems;
        private final Set<SpaceSetting> unreadable;

        Reader(List<SettingsProblem> problems, Set<SpaceSetting> unreadable) {
            this.problems = problems;
            this.unreadable = unreadable;
        }

        ZoneId zone(String text) {
            String zone = text == null ? "" : text.strip();
            if (zone.isEmpty()) {
                fail(SpaceSetting.TIME_ZONE, Rule.ZONE_REQUIRED);
                return null;
            }
            try {
                return ZoneId.of(zone);
            } catch (DateTimeException e) {
                fail(SpaceSetting.TIME_ZONE, Rule.ZONE_UNKNOWN, quoted(zone));
                return null;
            }
        }

        List<DayOfWeek> weekendDays(List<String> names) {
            if (names == null) {
                fail(SpaceSetting.WEEKEND_DAYS, Rule.LIST_MISSING);
                return List.of();
            }
            List<DayOfWeek> days = new ArrayList<>();
            for (String name : names) {
                String day = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
                try {
                    days.add(DayOfWeek.valueOf(day));
                } catch (IllegalArgumentException e) {
                    fail(SpaceSetting.WEEKEND_DAYS, Rule.NOT_A_DAY, quoted(name == null ? "" : name));
                }
            }
            return days;
        }

        List<Holiday> holidays(List<HolidayInput> rows) {
            if (rows == null) {
                fail(SpaceSetting.HOLIDAYS, Rule.LIST_MISSING);
                return List.of();
            }
            List<Holiday> holidays = new ArrayList<>();
            for (int index = 0; index < rows.size(); index++) {
                HolidayInput row = rows.get(index);
                int position = index + 1;
                if (row == null) {
                    fail(SpaceSetting.HOLIDAYS, Rule.HOLIDAY_ROW_EMPTY, position);
                    continue;
                }
                LocalDate first = date(position, Rule.HOLIDAY_FIRST_DAY_REQUIRED, Rule.HOLIDAY_FIRST_DAY_NOT_A_DATE,
                        row.first());
                LocalDate last = date(position, Rule.HOLIDAY_LAST_DAY_REQUIRED, Rule.HOLIDAY_LAST_DAY_NOT_A_DATE,
                        row.last());
                if (first != null && last != null && fitsAHoliday(position, row.name(), first, last)) {
                    holidays.add(new Holiday(row.name(), first, last));
                }
            }
            return holidays;
        }

        /** The rules of {@link Holiday}, checked here so that each breach gets its own message. */
        private boolean fitsAHoliday(int position, String name, LocalDate first, LocalDate last) {
            int nameLength = name == null ? 0 : name.strip().length();
            if (nameLength > Holiday.MAX_NAME_LENGTH) {
                fail(SpaceSetting.HOLIDAYS, Rule.HOLIDAY_NAME_TOO_LONG, position, nameLength, Holiday.MAX_NAME_LENGTH);
                return false;
            }
            if (last.isBefore(first)) {
                fail(SpaceSetting.HOLIDAYS, Rule.HOLIDAY_ENDS_BEFORE_START, position, last, first);
                return false;
            }
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            if (days > Holiday.MAX_LENGTH_DAYS) {
                fail(SpaceSetting.HOLIDAYS, Rule.HOLIDAY_TOO_LONG, position, first, last, days,
                        Holiday.MAX_LENGTH_DAYS);
                return false;
            }
            return true;
        }

        private LocalDate date(int position, Rule required, Rule notADate, String text) {
            String date = text == null ? "" : text.strip();
            if (date.isEmpty()) {
                fail(SpaceSetting.HOLIDAYS, required, position);
                return null;
            }
            try {
                return LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                fail(SpaceSetting.HOLIDAYS, notADate, position, quoted(date));
                return null;
            }
        }

        int[] window(SpaceSetting setting, WindowInput window) {
            if (window == null) {
                fail(setting, Rule.WINDOW_MISSING);
                return new int[] {0, 0};
            }
            Integer fewest = whole(setting, Rule.FEWEST_REQUIRED, Rule.FEWEST_NOT_WHOLE, window.fewest());
            Integer most = whole(setting, Rule.MOST_REQUIRED, Rule.MOST_NOT_WHOLE, window.most());
            if (fewest == null || most == null) {
                unreadable.add(setting);
                return new int[] {0, 0};
            }
            return new int[] {fewest, most};
        }

        java.util.Optional<Integer> number(SpaceSetting setting, String text) {
            Integer value = whole(setting, Rule.VALUE_REQUIRED, Rule.VALUE_NOT_WHOLE, text);
            if (value == null) {
                unreadable.add(setting);
            }
            return java.util.Optional.ofNullable(value);
        }

        private Integer whole(SpaceSetting setting, Rule required, Rule notWhole, String text) {
            String number = text == null ? "" : text.strip();
            if (number.isEmpty()) {
                problems.add(SettingsProblem.of(setting, required));
                return null;
            }
            if (number.length() > MAX_NUMBER_LENGTH || !number.matches("-?[0-9]+")) {
                problems.add(SettingsProblem.of(setting, notWhole, quoted(number)));
                return null;
            }
            return Integer.parseInt(number);
        }

        String required(SpaceSetting setting, String text) {
            if (text == null) {
                fail(setting, Rule.VALUE_MISSING);
            }
            return text;
        }

        boolean flag(SpaceSetting setting, Boolean value) {
            if (value == null) {
                fail(setting, Rule.FLAG_MISSING);
                return false;
            }
            return value;
        }

        List<String> list(SpaceSetting setting, List<String> values) {
            if (values == null) {
                fail(setting, Rule.LIST_MISSING);
                return List.of();
            }
            return values;
        }

        private void fail(SpaceSetting setting, Rule rule, Object... facts) {
            problems.add(SettingsProblem.of(setting, rule, facts));
            unreadable.add(setting);
        }
    }
}
