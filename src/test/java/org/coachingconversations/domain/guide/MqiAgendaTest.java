package org.coachingconversations.domain.guide;

import org.coachingconversations.domain.guide.GuideProblem.Kind;
import org.coachingconversations.domain.guide.MqiAgenda.Planned;
import org.coachingconversations.domain.guide.MqiAgenda.Refused;
import org.junit.Test;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class MqiAgendaTest {

    @Test
    public void plan_shouldHoldTheSeedsTimeBoxesInOrder_fillingSixtyMinutes() {
        // When
        Planned target = (Planned) MqiAgenda.plan(new AgendaRequest(null, Map.of()));

        // Then
        assertEquals(List.of(3, 2, 10, 4, 2, 10, 12, 5, 12),
                target.rows().stream().map(row -> row.step().minutes()).toList());
        assertEquals(MqiGuide.AGENDA_MINUTES, target.totalMinutes());
        assertEquals(List.of(0, 3, 5, 15, 19, 21, 31, 43, 48),
                target.rows().stream().map(MqiAgenda.Row::fromMinute).toList());
        assertEquals(Optional.empty(), target.end());
    }

    @Test
    public void plan_shouldGiveClockTimes_whenAStartIsGiven() {
        // When
        Planned target = (Planned) MqiAgenda.plan(new AgendaRequest(" 14:05 ", Map.of("note4", " Ask first ")));

        // Then
        assertEquals(Optional.of(LocalTime.of(14, 20)), target.rows().get(3).from());
        assertEquals(Optional.of(LocalTime.of(14, 24)), target.rows().get(3).to());
        assertEquals(Optional.of("Ask first"), target.rows().get(3).note());
        assertEquals(Optional.of(LocalTime.of(15, 5)), target.end());
    }

    @Test
    public void plan_shouldRefuseEveryBadValue_namingItsParameter() {
        // When
        Refused target = (Refused) MqiAgenda.plan(new AgendaRequest("25:00", Map.of("note9", "y".repeat(501))));

        // Then
        assertEquals(List.of(
                new GuideProblem("start", Kind.NOT_A_TIME, "25:00", List.of("HH:mm"), List.of()),
                new GuideProblem("note9", Kind.TOO_LONG, "y".repeat(501), List.of("500"), List.of())),
                target.problems());
    }

    @Test
    public void plan_shouldCountCharactersNotUtf16Units_whenANoteHasEmoji() {
        // When
        MqiAgenda.Plan target = MqiAgenda.plan(new AgendaRequest(null, Map.of("note1", "\uD83D\uDE00".repeat(500))));

        // Then
        assertEquals(Planned.class, target.getClass());
    }
}
