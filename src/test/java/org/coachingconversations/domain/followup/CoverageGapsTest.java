package org.coachingconversations.domain.followup;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class CoverageGapsTest {

    private static final LocalDate TODAY = LocalDate.parse("2024-01-31");

    private final CoverageGaps target = new CoverageGaps(TODAY,
            SummaryOptions.defaults().withCoverageWeeks(4).withItemsPerSection(2));

    @Test
    public void section_shouldListTheLongestWaitingFirst_andCountEveryGap_whenMoreGapsThanItLists() {
        // Given: four weeks before today is 2024-01-03
        target.consider("covered-at-limit", Optional.of(LocalDate.parse("2024-01-03")));
        target.consider("one-day-too-long", Optional.of(LocalDate.parse("2024-01-02")));
        target.consider("long-ago", Optional.of(LocalDate.parse("2023-10-01")));
        target.consider("never-met", Optional.empty());

        // When
        SummarySection<CoverageGap> section = target.section();

        // Then
        assertEquals(List.of(new CoverageGap("never-met", Optional.empty()),
                new CoverageGap("long-ago", Optional.of(LocalDate.parse("2023-10-01")))), section.items());
        assertEquals(3, section.total());
    }
}
