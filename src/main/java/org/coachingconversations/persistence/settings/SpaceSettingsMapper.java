package org.coachingconversations.persistence.settings;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coachingconversations.domain.calendar.Holiday;
import org.coachingconversations.domain.settings.InvalidSpaceSettingsException;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.timeline.TimelineSettings;

import static org.coachingconversations.persistence.settings.SpaceSettingsEntity.*;

/**
 * Between {@link SpaceSettings} and its row. The two list columns use a compact, line-based text format:
 *
 * <ul>
 *   <li>{@code HOLIDAYS}: one holiday per line, {@code first[/last] name}, dates in ISO-8601, a range as an ISO
 *       interval, the name (possibly empty) after the first space, e.g.
 *       <pre>
 *       2026-11-26 Thanksgiving
 *       2026-12-21/2027-01-01 Winter break</pre>
 *       Dates contain no space, so the first space always ends them; names are one line (the domain refuses line
 *       breaks), so a line always holds one holiday. At most {@value SpaceSettings#MAX_HOLIDAYS} lines of at most
 *       {@value #MAX_HOLIDAY_LINE} characters.</li>
 *   <li>{@code RUBRIC_ELEMENTS}: one element per line, in the administrator's order.</li>
 * </ul>
 *
 * An empty list is stored as NULL (Oracle stores an empty string as NULL anyway).
 */
final class SpaceSettingsMapper {

    static final String LINE = "\n";
    /** "yyyy-mm-dd/yyyy-mm-dd " plus the longest name. */
    static final int MAX_HOLIDAY_LINE = 22 + Holiday.MAX_NAME_LENGTH;

    private SpaceSettingsMapper() {
    }

    /** Every column of the row for these settings, ready for {@code ActiveObjects.create}; NULL columns left out. */
    static Map<String, Object> toColumns(String spaceKey, SpaceSettings settings) {
        TimelineSettings timeline = settings.timeline();
        Map<String, Object> columns = new HashMap<>();
        columns.put(COLUMN_SPACE_KEY, spaceKey);
        columns.put(COLUMN_TIME_ZONE, settings.calendar().zone().getId());
        putUnlessNull(columns, COLUMN_WEEKEND_DAYS, encodeWeekendDays(settings.calendar().weekendDays()));
        putUnlessNull(columns, COLUMN_HOLIDAYS, encodeHolidays(settings.calendar().holidays()));
        columns.put(COLUMN_CONFERENCE_FEWEST, timeline.conferenceAfterObservation().fewest());
        columns.put(COLUMN_CONFERENCE_MOST, timeline.conferenceAfterObservation().most());
        columns.put(COLUMN_SHARING_FEWEST, timeline.sharingBeforeConference().fewest());
        columns.put(COLUMN_SHARING_MOST, timeline.sharingBeforeConference().most());
        columns.put(COLUMN_FINALIZATION_FEWEST, timeline.finalizationAfterConference().fewest());
        columns.put(COLUMN_FINALIZATION_MOST, timeline.finalizationAfterConference().most());
        columns.put(COLUMN_ACKNOWLEDGEMENT_FEWEST, timeline.acknowledgementAfterFinalization().fewest());
        columns.put(COLUMN_ACKNOWLEDGEMENT_MOST, timeline.acknowledgementAfterFinalization().most());
        columns.put(COLUMN_DUE_SOON_DAYS, settings.dueSoonDays());
        columns.put(COLUMN_COVERAGE_WEEKS, settings.coverageWeeks());
        columns.put(COLUMN_SPS_MINIMUM_RESPONSES, settings.spsMinimumResponses());
        putUnlessNull(columns, COLUMN_LEADERS_GROUP, settings.leadersGroupName().orElse(null));
        columns.put(COLUMN_RESTRICT_CYCLE_RECORDS, settings.restrictCycleRecords());
        columns.put(COLUMN_RUBRIC_NAME, settings.rubricName());
        putUnlessNull(columns, COLUMN_RUBRIC_ELEMENTS, joinLines(settings.rubricElements()));
        columns.put(COLUMN_DIGEST_ENABLED, settings.digestEnabled());
        return columns;
    }

    /**
     * The settings a row holds.
     *
     * @throws IllegalStateException naming the space and the column when the row cannot be read back
     */
    static SpaceSettings toDomain(SpaceSettingsEntity row) {
        String spaceKey = row.getSpaceKey();
        try {
            return SpaceSettings.builder(decodeZone(spaceKey, row.getTimeZone()))
                    .weekendDays(decodeWeekendDays(spaceKey, row.getWeekendDays()))
                    .holidays(decodeHolidays(spaceKey, row.getHolidays()))
                    .postConferenceWindow(row.getConferenceFewest(), row.getConferenceMost())
                    .sharingWindow(row.getSharingFewest(), row.getSharingMost())
                    .finalizationWindow(row.getFinalizationFewest(), row.getFinalizationMost())
                    .acknowledgementWindow(row.getAcknowledgementFewest(), row.getAcknowledgementMost())
                    .dueSoonDays(row.getDueSoonDays())
                    .coverageWeeks(row.getCoverageWeeks())
                    .spsMinimumResponses(row.getSpsMinimumResponses())
                    .leadersGroup(row.getLeadersGroup())
                    .restrictCycleRecords(row.isRestrictCycleRecords())
                    .rubricName(row.getRubricName())
                    .rubricElements(splitLines(row.getRubricElements()))
                    .digestEnabled(row.isDigestEnabled())
                    .build();
        } catch (InvalidSpaceSettingsException invalid) {
            throw unreadable(spaceKey, invalid.getMessage(), invalid);
        }
    }

    static String encodeWeekendDays(Collection<DayOfWeek> days) {
        if (days.isEmpty()) {
            return null;
        }
        return days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    static List<DayOfWeek> decodeWeekendDays(String spaceKey, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (String name : text.split(",")) {
            try {
                days.add(DayOfWeek.valueOf(name.strip()));
            } catch (IllegalArgumentException unknown) {
                throw unreadable(spaceKey, COLUMN_WEEKEND_DAYS + " holds \"" + name + "\", which is not a day of the"
                        + " week (expected names such as SATURDAY).", unknown);
            }
        }
        return days;
    }

    static String encodeHolidays(List<Holiday> holidays) {
        if (holidays.isEmpty()) {
            return null;
        }
        return holidays.stream().map(SpaceSettingsMapper::holidayLine).collect(Collectors.joining(LINE));
    }

    static List<Holiday> decodeHolidays(String spaceKey, String text) {
        List<Holiday> holidays = new ArrayList<>();
        List<String> lines = splitLines(text);
        for (int index = 0; index < lines.size(); index++) {
            holidays.add(parseHoliday(spaceKey, index + 1, lines.get(index)));
        }
        return holidays;
    }

    private static String holidayLine(Holiday holiday) {
        String dates = holiday.isSingleDay() ? holiday.first().toString() : holiday.first() + "/" + holiday.last();
        return holiday.name().isEmpty() ? dates : dates + " " + holiday.name();
    }

    private static Holiday parseHoliday(String spaceKey, int lineNumber, String line) {
        int space = line.indexOf(' ');
        String dates = space < 0 ? line : line.substring(0, space);
        String name = space < 0 ? "" : line.substring(space + 1);
        int slash = dates.indexOf('/');
        try {
            LocalDate first = LocalDate.parse(slash < 0 ? dates : dates.substring(0, slash));
            LocalDate last = slash < 0 ? first : LocalDate.parse(dates.substring(slash + 1));
            return Holiday.between(name, first, last);
        } catch (DateTimeParseException | IllegalArgumentException bad) {
            throw unreadable(spaceKey, COLUMN_HOLIDAYS + " line " + lineNumber + " (\"" + line + "\") is not"
                    + " \"yyyy-mm-dd[/yyyy-mm-dd] name\": " + bad.getMessage(), bad);
        }
    }

    private static ZoneId decodeZone(String spaceKey, String zoneId) {
        try {
            return ZoneId.of(zoneId);
        } catch (DateTimeException | NullPointerException bad) {
            throw unreadable(spaceKey, COLUMN_TIME_ZONE + " holds \"" + zoneId + "\", which is not a time zone.", bad);
        }
    }

    private static String joinLines(List<String> values) {
        return values.isEmpty() ? null : String.join(LINE, values);
    }

    /** The non-blank lines of a list column; CR-LF tolerated in case a database or a person rewrote the text. */
    private static List<String> splitLines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\r?\n")).filter(line -> !line.isBlank()).toList();
    }

    private static void putUnlessNull(Map<String, Object> columns, String column, Object value) {
        if (value != null) {
            columns.put(column, value);
        }
    }

    private static IllegalStateException unreadable(String spaceKey, String problem, Exception cause) {
        return new IllegalStateException("The stored settings of space \"" + spaceKey + "\" cannot be read: " + problem
                + " Save the space's settings again to replace them.", cause);
    }
}
