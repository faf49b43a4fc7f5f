package org.coachingconversations.domain.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.coachingconversations.domain.calendar.Holiday;

/** Settings a district might really enter, with every value different from its default. */
public final class SpaceSettingsTestData {

    public static final ZoneId DENVER = ZoneId.of("America/Denver");

    private SpaceSettingsTestData() {
    }

    public static SpaceSettings.Builder aConfiguredSpace() {
        return SpaceSettings.builder(DENVER)
                .weekendDays(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)
                .holiday(Holiday.on("Thanksgiving", LocalDate.of(2026, 11, 26)))
                .holiday(Holiday.between("Winter break", LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 1)))
                .holiday(Holiday.on("", LocalDate.of(2027, 1, 18)))
                .postConferenceWindow(3, 3)
                .sharingWindow(1, 1)
                .finalizationWindow(2, 4)
                .acknowledgementWindow(1, 10)
                .dueSoonDays(14)
                .coverageWeeks(6)
                .spsMinimumResponses(5)
                .leadersGroup("Lincoln Elementary leaders")
                .restrictCycleRecords(false)
                .rubricName("Framework for Teaching")
                .rubricElements(List.of("1a Demonstrating knowledge of content", "3b Using questioning techniques"))
                .digestEnabled(false);
    }
}
