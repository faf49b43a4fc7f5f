package org.coachingconversations.domain.settings;

import org.coachingconversations.confluence.settings.SettingsProblemMessages;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.coachingconversations.domain.calendar.Holiday;
import org.coachingconversations.domain.people.UserGroups;
import org.coachingconversations.domain.settings.SpaceSettingsInput.HolidayInput;
import org.coachingconversations.domain.settings.SpaceSettingsInput.WindowInput;
import org.junit.Test;

/** Typed settings become valid settings, or every problem at once, one per field, each naming its setting. */
public class SpaceSettingsFormTest {

    private static final SettingsProblemMessages ENGLISH =
            new SettingsProblemMessages(BundleI18nResolver.fromDescriptor());

    /** Every problem as an English reader gets it, each after its setting's label. */
    private static String english(InvalidSpaceSettingsException thrown) {
        return thrown.problems().stream().map(ENGLISH::text).collect(java.util.stream.Collectors.joining(" "));
    }

    private final SpaceSettingsForm target = new SpaceSettingsForm(new UserGroups() {
        @Override
        public boolean exists(String groupName) {
            return "school-leaders".equals(groupName);
        }

        @Override
        public List<String> find(String query, int max) {
            return List.of();
        }
    });

    private static SpaceSettingsInput input(String zone, List<HolidayInput> holidays, WindowInput postConference,
            String dueSoon, String group) {
        return new SpaceSettingsInput(zone, List.of("friday", "SATURDAY"), holidays, postConference,
                new WindowInput("1", "2"), new WindowInput("1", "3"), new WindowInput("0", "5"), dueSoon, "4", "10",
                group, true, "Danielson", List.of("1a", "3b"), false);
    }

    private static SpaceSettingsInput valid() {
        return input(" America/Chicago ", List.of(new HolidayInput(" Winter break ", "2025-12-22", "2026-01-02")),
                new WindowInput(" 2 ", "5"), "10", " school-leaders ");
    }

    @Test
    public void read_shouldTurnTypedTextIntoSettings() {
        // When
        SpaceSettings settings = target.read(valid());

        // Then
        assertEquals(ZoneId.of("America/Chicago"), settings.calendar().zone());
        assertEquals(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), settings.calendar().weekendDays());
        assertEquals(List.of(Holiday.between("Winter break", LocalDate.of(2025, 12, 22), LocalDate.of(2026, 1, 2))),
                settings.calendar().holidays());
        assertEquals(2, settings.timeline().conferenceAfterObservation().fewest());
        assertEquals(10, settings.dueSoonDays());
        assertEquals("school-leaders", settings.leadersGroup());
        assertEquals(false, settings.digestEnabled());
    }

    @Test
    public void read_shouldReportEveryProblemOnce_eachNamingItsSetting() {
        // Given
        SpaceSettingsInput typed = input("Mars/Olympus", List.of(
                new HolidayInput("Spring break", "2026-04-10", "2026-04-03"),
                new HolidayInput("Typo", "2026-02-30", ""),
                new HolidayInput("x".repeat(201), "2026-01-19", "2026-01-19")),
                new WindowInput("two", "5"), "", "nobody");

        // When
        InvalidSpaceSettingsException refused = assertThrows(InvalidSpaceSettingsException.class,
                () -> target.read(typed));

        // Then
        assertEquals(List.of(
                "Time zone: \"Mars/Olympus\" is not a time zone Confluence knows; choose one from the list, such as"
                        + " America/Chicago.",
                "Holidays: row 1: the last day 2026-04-03 is before the first day 2026-04-10.",
                "Holidays: row 2: the first day \"2026-02-30\" is not a date; use year-month-day, such as 2025-12-22.",
                "Holidays: row 2: the last day is required.",
                "Holidays: row 3: the holiday name has 201 characters; the limit is 200.",
                "Post-conference window (school days after the observation): the fewest school days \"two\" is not a"
                        + " whole number.",
                "Due-soon horizon (days): the value is required.",
                "Leaders group: there is no group named \"nobody\"; choose an existing group from the list, or leave"
                        + " the field empty for none."),
                refused.problems().stream().map(ENGLISH::text).toList());
    }

    @Test
    public void read_shouldAcceptNoLeadersGroup_andNoHolidays() {
        SpaceSettings settings = target.read(input("UTC", List.of(), new WindowInput("2", "5"), "0", " "));
        assertEquals("", settings.leadersGroup());
        assertEquals(List.of(), settings.calendar().holidays());
    }

    @Test
    public void read_shouldNameMissingFields_asARestClientMightSendThem() {
        SpaceSettingsInput empty = new SpaceSettingsInput(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        InvalidSpaceSettingsException refused = assertThrows(InvalidSpaceSettingsException.class,
                () -> target.read(empty));
        assertEquals(List.of(SpaceSetting.values()), refused.problems().stream().map(SettingsProblem::setting)
                .distinct().toList());
    }

    @Test
    public void timeZones_shouldOfferRegionsOnly() {
        List<String> zones = SpaceSettingsForm.timeZones();
        assertEquals(true, zones.contains("America/Chicago"));
        assertEquals(true, zones.contains("Pacific/Honolulu"));
        assertEquals(false, zones.contains("UTC"));
        assertEquals(false, zones.contains("Etc/GMT+5"));
    }
}
