package org.coachingconversations.domain.followup;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.anActionStep;
import static org.junit.Assert.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.junit.Test;

public class OverdueJudgementTest {

    private static List<Long> ids(List<ActionStep> steps) {
        return steps.stream().map(ActionStep::id).toList();
    }

    @Test
    public void latestTodayIn_shouldBeTheLatestTodayOfTheZones_notTheLatestDateOnEarth() {
        // Given: at noon UTC it is the 17th in Denver and Berlin, already the 18th in Kiribati
        Clock clock = Clock.fixed(Instant.parse("2024-01-17T12:00:00Z"), ZoneOffset.UTC);

        // When
        LocalDate latestToday = OverdueJudgement.latestTodayIn(
                List.of(ZoneId.of("America/Denver"), ZoneId.of("Europe/Berlin")), clock);

        // Then
        assertEquals(LocalDate.parse("2024-01-17"), latestToday);
        assertEquals(LocalDate.parse("2024-01-18"), OverdueJudgement.latestDateOnEarth(clock));
    }

    @Test
    public void latestTodayIn_shouldBeTheLatestDateOnEarth_whenNoZoneIsKnown() {
        // Given
        Clock clock = Clock.fixed(Instant.parse("2024-01-17T12:00:00Z"), ZoneOffset.UTC);

        // When
        LocalDate latestToday = OverdueJudgement.latestTodayIn(List.of(), clock);

        // Then
        assertEquals(LocalDate.parse("2024-01-18"), latestToday);
    }

    @Test
    public void latestDateOnEarth_shouldBeTomorrow_whenItIsAlreadyTomorrowSomewhere() {
        // Given: 11:00 UTC on the 17th is already the 18th at UTC+14
        Clock clock = Clock.fixed(Instant.parse("2024-01-17T11:00:00Z"), ZoneOffset.UTC);

        // When
        LocalDate latest = OverdueJudgement.latestDateOnEarth(clock);

        // Then
        assertEquals(LocalDate.parse("2024-01-18"), latest);
    }

    @Test
    public void overdue_shouldJudgeEachStepByItsOwnSpacesToday_andAskOnlyAboutOpenDatedSteps() {
        // Given: today is the 18th in EU and the 17th in US; all due on the 17th except one without a date
        List<ActionStep> candidates = List.of(
                anActionStep().withId(1).inSpace("EU").dueOn("2024-01-17").build(),
                anActionStep().withId(2).inSpace("US").dueOn("2024-01-17").build(),
                anActionStep().withId(3).inSpace("DONE").dueOn("2024-01-10").doneOn("2024-01-12").build(),
                anActionStep().withId(4).inSpace("UNDATED").dueOn(null).build());
        Map<String, LocalDate> today = Map.of("EU", LocalDate.parse("2024-01-18"), "US", LocalDate.parse("2024-01-17"));
        List<String> asked = new ArrayList<>();

        // When
        List<ActionStep> overdue = OverdueJudgement.overdue(candidates, spaceKey -> {
            asked.add(spaceKey);
            return today.get(spaceKey);
        });

        // Then
        assertEquals(List.of(1L), ids(overdue));
        assertEquals(List.of("EU", "US"), asked);
        assertEquals(Set.of("EU", "US"), OverdueJudgement.spacesToJudge(candidates));
    }

    @Test
    public void unreported_shouldKeepAStepAgain_whenItSlippedToANewDueDateAfterItsNotice() {
        // Given
        ActionStep reported = anActionStep().withId(1).dueOn("2024-01-10").build();
        ActionStep rescheduled = anActionStep().withId(2).dueOn("2024-01-15").build();
        Set<OverdueFlag> flags = Set.of(OverdueFlag.of(reported),
                new OverdueFlag(2, LocalDate.parse("2024-01-08")));

        // When
        List<ActionStep> unreported = OverdueJudgement.unreported(List.of(reported, rescheduled), flags);

        // Then
        assertEquals(List.of(2L), ids(unreported));
    }
}
