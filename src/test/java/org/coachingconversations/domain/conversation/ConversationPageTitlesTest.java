package org.coachingconversations.domain.conversation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.Test;

public class ConversationPageTitlesTest {

    private static final LocalDate DATE = LocalDate.of(2026, 9, 14);

    private final ConversationPageTitles target = new ConversationPageTitles();
    private final Set<String> existingTitles = new HashSet<>();

    @Test
    public void titleFor_shouldJoinTypeTeacherAndDate() {
        // Given no page with that title

        // When
        String title = target.titleFor("Coaching conversation", "Teresa Morales", DATE, existingTitles::contains);

        // Then
        assertEquals("Coaching conversation \u2014 Teresa Morales \u2014 2026-09-14", title);
    }

    @Test
    public void titleFor_shouldNumberTheTitle_whenTakenAlready() {
        // Given
        existingTitles.add("Cycle Record \u2014 Teresa Morales \u2014 2026-09-14");
        existingTitles.add("Cycle Record \u2014 Teresa Morales \u2014 2026-09-14 (2)");

        // When
        String title = target.titleFor("Cycle Record", "Teresa Morales", DATE, existingTitles::contains);

        // Then
        assertEquals("Cycle Record \u2014 Teresa Morales \u2014 2026-09-14 (3)", title);
    }

    @Test
    public void titleFor_shouldTidyWhitespaceAndControlsInNames() {
        // Given a display name as a directory may deliver it

        // When
        String title = target.titleFor("SPS reflection", "  Teresa \t Morales\n", DATE, existingTitles::contains);

        // Then
        assertEquals("SPS reflection \u2014 Teresa Morales \u2014 2026-09-14", title);
    }

    @Test
    public void titleFor_shouldShortenTheTeacherName_keepingDateAndNumber_whenOverTheLimit() {
        // Given
        String longName = "Teresa " + "Morales-".repeat(40);
        String first = target.titleFor("Video coaching cycle", longName, DATE, existingTitles::contains);
        existingTitles.add(first);

        // When
        String second = target.titleFor("Video coaching cycle", longName, DATE, existingTitles::contains);

        // Then
        assertEquals(ConversationPageTitles.MAX_LENGTH, first.length());
        assertTrue(first, first.startsWith("Video coaching cycle \u2014 Teresa Morales-Morales-"));
        assertTrue(first, first.endsWith("\u2026 \u2014 2026-09-14"));
        assertTrue(second.length() <= ConversationPageTitles.MAX_LENGTH);
        assertTrue(second, second.endsWith("\u2026 \u2014 2026-09-14 (2)"));
        assertTrue(!second.equals(first));
    }

    @Test
    public void titleFor_shouldNotSplitACharacter_whenCuttingTheName() {
        // Given a name of emoji (two Java chars each), cut at an odd position
        String name = "\uD83D\uDE00".repeat(200);

        // When
        String title = target.titleFor("Cycle Record", name, DATE, existingTitles::contains);

        // Then
        assertTrue(title.length() <= ConversationPageTitles.MAX_LENGTH);
        String cutName = title.substring("Cycle Record \u2014 ".length(), title.indexOf('\u2026'));
        assertEquals(0, cutName.length() % 2);
        assertTrue(cutName.codePoints().allMatch(codePoint -> codePoint == 0x1F600));
    }

    @Test
    public void titleFor_shouldKeepTheNumber_whenEvenTheTypeNameIsOverTheLimit() {
        // Given a type name no title could hold
        String typeName = "T".repeat(300);
        existingTitles.add(target.titleFor(typeName, "Teresa Morales", DATE, existingTitles::contains));

        // When
        String title = target.titleFor(typeName, "Teresa Morales", DATE, existingTitles::contains);

        // Then
        assertEquals(ConversationPageTitles.MAX_LENGTH, title.length());
        assertTrue(title, title.endsWith("T\u2026 (2)"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void titleFor_shouldRefuse_whenTheTeacherHasNoName() {
        target.titleFor("Coaching conversation", " \n ", DATE, existingTitles::contains);
    }

    @Test
    public void titleFor_shouldJoinTypeTeacherAndPeriod_andNumberIt_whenTaken() {
        // Given
        existingTitles.add("SPS reflection \u2014 Teresa Morales \u2014 Spring 2026");

        // When
        String title = target.titleFor("SPS reflection", "Teresa Morales", " Spring  2026 ", existingTitles::contains);

        // Then
        assertEquals("SPS reflection \u2014 Teresa Morales \u2014 Spring 2026 (2)", title);
    }

    @Test
    public void titleFor_shouldKeepTheWholePeriod_whenTheTeacherNameIsCut() {
        // Given
        String period = "Spring 2026, periods 1\u20136, grade 8 mathematics and science";

        // When
        String title = target.titleFor("SPS reflection", "Teresa " + "Morales-".repeat(40), period,
                existingTitles::contains);

        // Then
        assertEquals(ConversationPageTitles.MAX_LENGTH, title.length());
        assertTrue(title, title.endsWith("\u2026 \u2014 " + period));
    }

    @Test(expected = IllegalArgumentException.class)
    public void titleFor_shouldRefuse_whenThePeriodIsBlank() {
        target.titleFor("SPS reflection", "Teresa Morales", " \t ", existingTitles::contains);
    }
}
