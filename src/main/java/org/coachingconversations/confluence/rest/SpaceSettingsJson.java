package org.coachingconversations.confluence.rest;

import java.time.DayOfWeek;
import java.util.List;
import org.coachingconversations.domain.calendar.Holiday;
import org.coachingconversations.domain.settings.SpaceSetting;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsInput;
import org.coachingconversations.domain.timeline.SchoolDayWindow;
import org.coachingconversations.domain.timeline.TimelineSettings;

/**
 * A space's settings as JSON, the same shape read and written ({@code GET}/{@code PUT
 * /spaces/{spaceKey}/settings}, docs/rest-api.md). Numbers may be sent as JSON numbers or as text; the settings page
 * sends what was typed, so that the server names a value that is not a whole number.
 */
public record SpaceSettingsJson(
        String timeZone,
        List<String> weekendDays,
        List<HolidayJson> holidays,
        WindowJson postConferenceWindow,
        WindowJson sharingWindow,
        WindowJson finalizationWindow,
        WindowJson acknowledgementWindow,
        String dueSoonDays,
        String coverageWeeks,
        String spsMinimumResponses,
        String leadersGroup,
        Boolean restrictCycleRecords,
        String rubricName,
        List<String> rubricElements,
        Boolean digestEnabled) {

    /** A holiday or break: name, first and last day (ISO {@code yyyy-MM-dd}, both included). */
    public record HolidayJson(String name, String first, String last) {
    }

    /** A post-conference window: the fewest and the most school days. */
    public record WindowJson(String fewest, String most) {
    }

    static SpaceSettingsJson of(SpaceSettings settings) {
        TimelineSettings timeline = settings.timeline();
        return new SpaceSettingsJson(settings.calendar().zone().getId(),
                settings.calendar().weekendDays().stream().sorted().map(DayOfWeek::name).toList(),
                settings.calendar().holidays().stream().map(SpaceSettingsJson::holiday).toList(),
                window(timeline.conferenceAfterObservation()), window(timeline.sharingBeforeConference()),
                window(timeline.finalizationAfterConference()), window(timeline.acknowledgementAfterFinalization()),
                Integer.toString(settings.dueSoonDays()), Integer.toString(settings.coverageWeeks()),
                Integer.toString(settings.spsMinimumResponses()), settings.leadersGroup(),
                settings.restrictCycleRecords(), settings.rubricName(), settings.rubricElements(),
                settings.digestEnabled());
    }

    SpaceSettingsInput input() {
        return new SpaceSettingsInput(timeZone, weekendDays,
                holidays == null ? null : holidays.stream().map(h -> h == null ? null
                        : new SpaceSettingsInput.HolidayInput(h.name(), h.first(), h.last())).toList(),
                window(postConferenceWindow), window(sharingWindow), window(finalizationWindow),
                window(acknowledgementWindow), dueSoonDays, coverageWeeks, spsMinimumResponses, leadersGroup,
                restrictCycleRecords, rubricName, rubricElements, digestEnabled);
    }

    /** The JSON field (and settings page field) a setting is sent in. */
    static String field(SpaceSetting setting) {
        return switch (setting) {
            case TIME_ZONE -> "timeZone";
            case WEEKEND_DAYS -> "weekendDays";
            case HOLIDAYS -> "holidays";
            case POST_CONFERENCE_WINDOW -> "postConferenceWindow";
            case SHARING_WINDOW -> "sharingWindow";
            case FINALIZATION_WINDOW -> "finalizationWindow";
            case ACKNOWLEDGEMENT_WINDOW -> "acknowledgementWindow";
            case DUE_SOON_DAYS -> "dueSoonDays";
            case COVERAGE_WEEKS -> "coverageWeeks";
            case SPS_MINIMUM_RESPONSES -> "spsMinimumResponses";
            case LEADERS_GROUP -> "leadersGroup";
            case RESTRICT_CYCLE_RECORDS -> "restrictCycleRecords";
            case RUBRIC_NAME -> "rubricName";
            case RUBRIC_ELEMENTS -> "rubricElements";
            case DIGEST_ENABLED -> "digestEnabled";
        };
    }

    private static HolidayJson holiday(Holiday holiday) {
        return new HolidayJson(holiday.name(), holiday.first().toString(), holiday.last().toString());
    }

    private static WindowJson window(SchoolDayWindow window) {
        return new WindowJson(Integer.toString(window.fewest()), Integer.toString(window.most()));
    }

    private static SpaceSettingsInput.WindowInput window(WindowJson window) {
        return window == null ? null : new SpaceSettingsInput.WindowInput(window.fewest(), window.most());
    }
}
