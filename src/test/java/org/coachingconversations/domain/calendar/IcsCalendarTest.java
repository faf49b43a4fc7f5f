package org.coachingconversations.domain.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.coachingconversations.testing.calendar.IcsFile;
import org.junit.Test;

public class IcsCalendarTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final Instant STAMP = Instant.parse("2026-03-16T17:00:00.123Z");
    private static final String PAGE = "https://wiki.lincoln.example/pages/viewpage.action?pageId=501";

    @Test
    public void write_shouldGiveOneAllDayEventWithThePageLink() {
        // Given
        CalendarEvent event = new CalendarEvent("coaching-action-step-step-7@wiki.lincoln.example",
                LocalDate.of(2026, 3, 31), DENVER, "Action step due: exit tickets", "exit tickets", PAGE);

        // When
        String target = IcsCalendar.write(event, STAMP);

        // Then
        IcsFile parsed = IcsFile.read(target);
        assertEquals(LocalDate.of(2026, 3, 31), parsed.date("DTSTART"));
        assertEquals(LocalDate.of(2026, 4, 1), parsed.date("DTEND"));
        assertEquals("20260316T170000Z", parsed.value("DTSTAMP"));
        assertEquals(PAGE, parsed.value("URL"));
        assertEquals("exit tickets\n" + PAGE, parsed.value("DESCRIPTION"));
        assertEquals("America/Denver", parsed.calendarValue("X-WR-TIMEZONE"));
        assertTrue(target.contains("\r\nUID:coaching-action-step-step-7@wiki.lincoln.example\r\n"));
    }

    @Test
    public void write_shouldEscapeHostileText_soItCannotEndThePropertyOrAddOne() {
        // Given
        String hostile = "Call parents; then, \\ review\r\nEND:VEVENT\nBEGIN:VEVENT\rX\u0000\u0007 ok\ttab";
        CalendarEvent event = new CalendarEvent("uid-1", LocalDate.of(2026, 3, 31), DENVER, hostile, hostile, PAGE);

        // When
        String target = IcsCalendar.write(event, STAMP);

        // Then
        IcsFile parsed = IcsFile.read(target);
        String expected = "Call parents; then, \\ review\nEND:VEVENT\nBEGIN:VEVENT\nX ok\ttab";
        assertEquals(expected, parsed.value("SUMMARY"));
        assertEquals(expected + "\n" + PAGE, parsed.value("DESCRIPTION"));
        assertTrue(target.contains("SUMMARY:Call parents\\; then\\, \\\\ review\\nEND:VEVENT\\nBEGIN:VEVENT\\nX ok"));
        assertEquals(2, target.split("END:VEVENT\r\n", -1).length);
    }

    @Test
    public void write_shouldFoldLongLinesAt75Octets_withoutSplittingACharacter() {
        // Given
        String longText = "Revisar las señales de comprensión — ".repeat(12) + "😀".repeat(40);
        CalendarEvent event = new CalendarEvent("uid-2", LocalDate.of(2026, 3, 31), DENVER, longText, "", PAGE);

        // When
        String target = IcsCalendar.write(event, STAMP);

        // Then: the 75-octet limit is checked by IcsFile; a split character would not read back the same
        IcsFile parsed = IcsFile.read(target);
        assertEquals(longText, parsed.value("SUMMARY"));
        assertTrue(target.contains("\r\n "));
    }

    @Test
    public void write_shouldKeepTheUid_whenTheDateAndTextChange() {
        // Given
        CalendarEvent before = new CalendarEvent("coaching-post-conference-page-9@site", LocalDate.of(2026, 3, 12),
                DENVER, "Post-conference", "", PAGE);
        CalendarEvent moved = new CalendarEvent("coaching-post-conference-page-9@site", LocalDate.of(2026, 3, 19),
                DENVER, "Post-conference (moved)", "", PAGE);

        // When
        IcsFile first = IcsFile.read(IcsCalendar.write(before, STAMP));
        IcsFile second = IcsFile.read(IcsCalendar.write(moved, STAMP.plusSeconds(3600)));

        // Then
        assertEquals(first.value("UID"), second.value("UID"));
        assertEquals(LocalDate.of(2026, 3, 19), second.date("DTSTART"));
    }
}
