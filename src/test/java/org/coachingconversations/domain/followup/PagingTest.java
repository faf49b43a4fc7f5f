package org.coachingconversations.domain.followup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.junit.Test;

public class PagingTest {

    @Test
    public void pageRequest_shouldRefuseALimitAboveFiveHundred() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> ResultPageRequest.first(501));

        // Then
        assertEquals("Page request: the limit 501 must be between 1 and 500.", refusal.getMessage());
    }

    @Test
    public void page_shouldKnowWhetherMoreRowsFollow() {
        // Given
        ResultPageRequest first = ResultPageRequest.first(2);

        // When / Then
        assertTrue(new ResultPage<>(List.of("a", "b"), 3, first).hasMore());
        assertFalse(new ResultPage<>(List.of("c"), 3, first.next()).hasMore());
    }

    @Test
    public void page_shouldRefuseATotalSmallerThanTheRowsItHolds() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> new ResultPage<>(List.of("a"), 2, new ResultPageRequest(2, 2)));

        // Then
        assertEquals("Page: the total 2 is smaller than the 3 rows up to this page.", refusal.getMessage());
    }

    @Test
    public void page_shouldBeEmptyWithoutMore_whenRowsWentAwayBeforeItWasRead() {
        // When
        ResultPage<String> beyond = new ResultPage<>(List.of(), 3, new ResultPageRequest(4, 2));

        // Then
        assertEquals(List.of(), beyond.items());
        assertFalse(beyond.hasMore());
    }

    @Test
    public void actionStepQuery_shouldRefuseAQueryWithoutSpaceOrOwner() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> new ActionStepQuery(Optional.empty(), Optional.of(" "), Set.of(ActionStepStatus.OPEN),
                        Optional.empty(), Optional.empty()));

        // Then
        assertEquals("Action step query: name a space or an owner.", refusal.getMessage());
    }

    @Test
    public void actionStepQuery_shouldRefuseARangeThatEndsBeforeItStarts() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> ActionStepQuery.dueSoonInSpace("SCH", LocalDate.parse("2024-01-17"),
                        LocalDate.parse("2024-01-16")));

        // Then
        assertEquals("Action step query: the due-date range ends (2024-01-16) before it starts (2024-01-17).",
                refusal.getMessage());
    }

    @Test
    public void summaryOptions_shouldRefuseCoverageWeeksOutOfRange() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> SummaryOptions.defaults().withCoverageWeeks(0));

        // Then
        assertEquals("Coverage gap: 0 weeks is out of range; use 1 to 52 weeks.", refusal.getMessage());
    }
}
