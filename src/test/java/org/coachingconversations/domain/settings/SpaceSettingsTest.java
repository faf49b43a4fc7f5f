package org.coachingconversations.domain.settings;

import org.coachingconversations.confluence.settings.SettingsProblemMessages;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.coachingconversations.domain.calendar.Holiday;
import org.coachingconversations.domain.followup.SummaryOptions;
import org.coachingconversations.domain.timeline.SchoolDayWindow;
import org.coachingconversations.domain.timeline.TimelineSettings;
import org.junit.Test;

import static org.coachingconversations.domain.settings.SpaceSettingsTestData.DENVER;
import static org.coachingconversations.domain.settings.SpaceSettingsTestData.aConfiguredSpace;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class SpaceSettingsTest {

    private static final SettingsProblemMessages ENGLISH =
            new SettingsProblemMessages(BundleI18nResolver.fromDescriptor());

    /** Every problem as an English reader gets it, each after its setting's label. */
    private static String english(InvalidSpaceSettingsException thrown) {
        return thrown.problems().stream().map(ENGLISH::text).collect(java.util.stream.Collectors.joining(" "));
    }

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    public void defaults_shouldFollowTheSeedsAndTheFieldFacts() {
        // When
        SpaceSettings target = SpaceSettings.defaults(CHICAGO);

        // Then
        assertEquals(CHICAGO, target.calendar().zone());
        assertEquals(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), target.calendar().weekendDays());
        assertEquals(List.of(), target.calendar().holidays());
        assertEquals(TimelineSettings.defaults(), target.timeline());
        assertEquals(SchoolDayWindow.of(2, 5), target.timeline().conferenceAfterObservation());
        assertEquals(7, target.dueSoonDays());
        assertEquals(4, target.coverageWeeks());
        assertEquals(10, target.spsMinimumResponses());
        assertEquals(Optional.empty(), target.leadersGroupName());
        assertTrue(target.restrictCycleRecords());
        assertEquals("observation", target.rubricName());
        assertEquals(List.of(), target.rubricElements());
        assertTrue(target.digestEnabled());
    }

    @Test
    public void build_shouldListEveryProblemNamingItsSetting_whenSeveralValuesAreWrong() {
        // Given
        SpaceSettings.Builder input = SpaceSettings.builder(null)
                .weekendDays(DayOfWeek.values())
                .postConferenceWindow(5, 2)
                .acknowledgementWindow(0, 61)
                .dueSoonDays(-1)
                .coverageWeeks(0)
                .spsMinimumResponses(1001)
                .rubricName("  ");

        // When
        InvalidSpaceSettingsException thrown = assertThrows(InvalidSpaceSettingsException.class, input::build);

        // Then
        assertEquals(List.of(SpaceSetting.TIME_ZONE, SpaceSetting.WEEKEND_DAYS, SpaceSetting.POST_CONFERENCE_WINDOW,
                        SpaceSetting.ACKNOWLEDGEMENT_WINDOW, SpaceSetting.DUE_SOON_DAYS, SpaceSetting.COVERAGE_WEEKS,
                        SpaceSetting.SPS_MINIMUM_RESPONSES, SpaceSetting.RUBRIC_NAME),
                thrown.problems().stream().map(SettingsProblem::setting).toList());
        assertEquals("Post-conference window (school days after the observation): the most school days (2) is less"
                + " than the fewest (5).", ENGLISH.text(thrown.problems().get(2)));
        assertEquals("Due-soon horizon (days): -1 days is out of range; use 0 to 365 days (0 means only steps due"
                + " today).", ENGLISH.text(thrown.problems().get(4)));
        assertTrue(english(thrown), english(thrown).startsWith("Time zone: choose the school's time zone;"));
        assertTrue(english(thrown), english(thrown).contains("SPS minimum responses: 1001 is out of range"));
    }

    @Test
    public void build_shouldRefuseAHolidayName_whenItSpansTwoLines() {
        // Given
        SpaceSettings.Builder input = SpaceSettings.builder(DENVER)
                .holiday(Holiday.on("Staff day\nno students", LocalDate.of(2026, 10, 9)));

        // When
        InvalidSpaceSettingsException thrown = assertThrows(InvalidSpaceSettingsException.class, input::build);

        // Then
        assertEquals("Holidays: the holiday starting 2026-10-09 has a line break or control character in its name;"
                + " a holiday name is one line.", english(thrown));
    }

    @Test
    public void build_shouldRefuseTheHolidays_whenThereAreMoreThanTheLimit() {
        // Given
        LocalDate start = LocalDate.of(2026, 8, 1);
        SpaceSettings.Builder input = SpaceSettings.builder(DENVER).holidays(IntStream.rangeClosed(0, 300)
                .mapToObj(day -> Holiday.on("Closure " + day, start.plusDays(day))).toList());

        // When
        InvalidSpaceSettingsException thrown = assertThrows(InvalidSpaceSettingsException.class, input::build);

        // Then
        assertEquals("Holidays: 301 holidays are listed; the limit is 300. Remove past school years.",
                english(thrown));
    }

    @Test
    public void build_shouldNameEachBadRubricElementByPosition() {
        // Given
        SpaceSettings.Builder input = SpaceSettings.builder(DENVER).rubricElements(List.of(
                "3b Questioning", " ", "x".repeat(201), "3B QUESTIONING", "Line one\nline two"));

        // When
        InvalidSpaceSettingsException thrown = assertThrows(InvalidSpaceSettingsException.class, input::build);

        // Then
        assertEquals(List.of(
                        "Rubric elements: element 2 is empty.",
                        "Rubric elements: element 3 (\"" + "x".repeat(201) + "\") has 201 characters; the limit is 200.",
                        "Rubric elements: element 4 (\"3B QUESTIONING\") is listed twice.",
                        "Rubric elements: element 5 (\"Line one\nline two\") has a line break or control character;"
                                + " it must be one line."),
                thrown.problems().stream().map(ENGLISH::text).toList());
    }

    /** The same rule as every form field: Unicode's own line and paragraph separators are line breaks too. */
    @Test
    public void build_shouldRefuseUnicodeLineSeparators_inEveryOneLineSetting() {
        // Given
        SpaceSettings.Builder input = SpaceSettings.builder(DENVER)
                .leadersGroup("grade-3\u2028leaders")
                .rubricName("Danielson\u2029Framework")
                .rubricElements(List.of("3b Questioning\u2028and discussion"))
                .holidays(List.of(new Holiday("Teacher\u2028workday", LocalDate.of(2026, 10, 9),
                        LocalDate.of(2026, 10, 9))));

        // When
        InvalidSpaceSettingsException thrown = assertThrows(InvalidSpaceSettingsException.class, input::build);

        // Then
        List<String> problems = thrown.problems().stream().map(ENGLISH::text).toList();
        assertEquals(problems.toString(), 4, problems.size());
        assertTrue(problems.toString(), problems.stream().allMatch(problem -> problem.contains("line break")));
    }

    @Test
    public void build_shouldRefuseALeadersGroup_whenLongerThanConfluenceAllows() {
        // Given
        SpaceSettings.Builder input = SpaceSettings.builder(DENVER).leadersGroup("g".repeat(256));

        // When
        InvalidSpaceSettingsException thrown = assertThrows(InvalidSpaceSettingsException.class, input::build);

        // Then
        assertEquals(List.of(SpaceSetting.LEADERS_GROUP),
                thrown.problems().stream().map(SettingsProblem::setting).toList());
        assertTrue(english(thrown), english(thrown).contains("256 characters; the limit is 255"));
    }

    @Test
    public void build_shouldTrimTexts_andTreatABlankLeadersGroupAsNone() {
        // When
        SpaceSettings target = SpaceSettings.builder(DENVER)
                .leadersGroup("   ")
                .rubricName("  Danielson  ")
                .rubricElements(List.of(" 2a Environment of respect "))
                .build();

        // Then
        assertEquals(Optional.empty(), target.leadersGroupName());
        assertEquals("Danielson", target.rubricName());
        assertEquals(List.of("2a Environment of respect"), target.rubricElements());
    }

    @Test
    public void toBuilder_shouldKeepEveryValue() {
        // Given
        SpaceSettings original = aConfiguredSpace().build();

        // When
        SpaceSettings copy = original.toBuilder().build();

        // Then
        assertEquals(original, copy);
        assertFalse(copy.calendar().isSchoolDay(LocalDate.of(2026, 12, 31)));
    }

    @Test
    public void summaryOptionsAndSpsSettings_shouldCarryTheSpaceValues() {
        // Given
        SpaceSettings target = aConfiguredSpace().build();

        // Then
        assertEquals(14, SummaryOptions.of(target).dueSoonDays());
        assertEquals(6, SummaryOptions.of(target).coverageWeeks());
        assertEquals(5, target.spsSettings().minimumResponses());
    }

    @Test
    public void constructor_shouldRefuseRubricElementsOverTheLimit_evenWithoutTheBuilder() {
        // Given
        List<String> elements = IntStream.rangeClosed(1, 101).mapToObj(n -> "Element " + n).toList();
        SpaceSettings valid = SpaceSettings.defaults(DENVER);

        // When
        InvalidSpaceSettingsException thrown = assertThrows(InvalidSpaceSettingsException.class, () ->
                new SpaceSettings(valid.calendar(), valid.timeline(), 7, 4, 10, null, true, "SOEI", elements, true));

        // Then
        assertEquals("Rubric elements: 101 elements are listed; the limit is 100.", english(thrown));
        assertEquals(Collections.emptyList(), valid.rubricElements());
    }
}
