package org.coachingconversations.domain.settings;

import java.util.List;

/**
 * Space settings as an administrator typed them on the settings page (or sent them to the REST API): every value as
 * text, nothing checked yet. {@link SpaceSettingsForm#read} turns it into {@link SpaceSettings} or reports every
 * problem. A null stands for a field that was not sent.
 *
 * @param weekendDays day names as {@link java.time.DayOfWeek} names ({@code SATURDAY}), any case
 * @param holidays the holiday rows in the order shown
 * @param rubricElements one element per entry (the page sends one per line)
 */
public record SpaceSettingsInput(
        String timeZone,
        List<String> weekendDays,
        List<HolidayInput> holidays,
        WindowInput postConferenceWindow,
        WindowInput sharingWindow,
        WindowInput finalizationWindow,
        WindowInput acknowledgementWindow,
        String dueSoonDays,
        String coverageWeeks,
        String spsMinimumResponses,
        String leadersGroup,
        Boolean restrictCycleRecords,
        String rubricName,
        List<String> rubricElements,
        Boolean digestEnabled) {

    /** One holiday or break row: its name and its first and last day as ISO dates ({@code 2025-12-22}). */
    public record HolidayInput(String name, String first, String last) {
    }

    /** A window's fewest and most school days, as typed. */
    public record WindowInput(String fewest, String most) {
    }
}
