package org.coachingconversations.confluence.i18n;

import static org.junit.Assert.assertEquals;

import com.atlassian.sal.api.user.UserKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.coachingconversations.testing.i18n.ReaderLanguages;
import org.junit.Test;

public class ReaderDatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final Instant MOMENT = Instant.parse("2026-12-03T15:05:00Z");

    private final ReaderLanguages languages = ReaderLanguages.reading(Locale.ENGLISH);
    private final ReaderDates target = new ReaderDates(languages);

    @Test
    public void date_shouldFollowTheReadersLanguage() {
        // Given an English reader, then a Spanish one
        String english = target.date(DAY);
        languages.reader(ReaderLanguages.SPANISH);

        // When
        String spanish = target.date(DAY);

        // Then
        assertEquals("Dec 3, 2026", english);
        assertEquals("3 dic 2026", spanish);
    }

    @Test
    public void time_shouldUseTheReadersClock() {
        // Given
        LocalTime afternoon = LocalTime.of(15, 5);

        // When
        String english = target.time(afternoon);
        languages.reader(ReaderLanguages.SPANISH);
        String spanish = target.time(afternoon);

        // Then
        assertEquals("3:05 PM", english);
        assertEquals("15:05", spanish);
    }

    @Test
    public void moment_shouldNameTheZone_whenTheZoneIsTheUtcOffset() {
        // When
        String english = target.moment(MOMENT, ZoneOffset.UTC);
        languages.reader(ReaderLanguages.SPANISH);
        String spanish = target.moment(MOMENT, ZoneOffset.UTC);

        // Then
        assertEquals("Dec 3, 2026, 3:05 PM UTC", english);
        assertEquals("3 dic 2026 15:05 UTC", spanish);
    }

    @Test
    public void moment_shouldShowTheInstantInTheGivenZone() {
        // When
        String shown = target.moment(MOMENT, ZoneId.of("America/Chicago"));

        // Then
        assertEquals("Dec 3, 2026, 9:05 AM CST", shown);
    }

    @Test
    public void forRecipient_shouldUseTheRecipientsLanguage_whateverTheReaders() {
        // Given an English reader and a Spanish-speaking recipient
        languages.user("teacher-key", ReaderLanguages.SPANISH);

        // When
        String recipients = target.forRecipient(new UserKey("teacher-key")).date(DAY);

        // Then
        assertEquals("3 dic 2026", recipients);
        assertEquals("Dec 3, 2026", target.date(DAY));
    }

    @Test
    public void date_shouldFallBackToEnglish_whenTheHostKnowsNoLanguage() {
        // Given
        languages.reader(null);

        // When
        String shown = target.date(DAY);

        // Then
        assertEquals("Dec 3, 2026", shown);
    }
}
