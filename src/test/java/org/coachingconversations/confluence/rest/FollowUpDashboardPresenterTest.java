package org.coachingconversations.confluence.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.domain.dashboard.WeekTally;
import org.coachingconversations.platform.SiteLinks;
import org.coachingconversations.testing.i18n.ReaderLanguages;
import org.coachingconversations.testing.sal.TestUsers;
import org.junit.Test;

/** The dashboard's chart as a reader sees it: week labels and the text alternative in the reader's language. */
public class FollowUpDashboardPresenterTest {

    private static final List<WeekTally> WEEKS = List.of(new WeekTally(LocalDate.of(2026, 11, 23), 1, 2),
            new WeekTally(LocalDate.of(2026, 11, 30), 3, 0));

    private final ReaderLanguages languages = ReaderLanguages.reading(Locale.ENGLISH);
    private final FollowUpDashboardPresenter target = new FollowUpDashboardPresenter(languages.i18n(), new TestUsers(),
            null, new SiteLinks(mode -> "/confluence"), new ReaderDates(languages).forReader()::date);

    @Test
    public void chart_shouldWriteTheWeeksAsAnEnglishReaderDoes_andKeepTheIsoMonday() {
        // When
        FollowUpDashboardJson.Chart chart = target.chart(WEEKS);

        // Then
        assertEquals("2026-11-23", chart.weeks().get(0).weekOf());
        assertEquals("Nov 23, 2026", chart.weeks().get(0).weekLabel());
        assertThat(chart.description(), containsString("from the week of Nov 23, 2026"));
        assertThat(chart.description(), containsString("Nov 30, 2026 (3)"));
    }

    @Test
    public void chart_shouldWriteTheWeeksAsASpanishReaderDoes() {
        // Given
        languages.reader(ReaderLanguages.SPANISH);
        FollowUpDashboardPresenter spanish = new FollowUpDashboardPresenter(languages.i18n(), new TestUsers(), null,
                new SiteLinks(mode -> "/confluence"), new ReaderDates(languages).forReader()::date);

        // When
        FollowUpDashboardJson.Chart chart = spanish.chart(WEEKS);

        // Then
        assertEquals("2026-11-30", chart.weeks().get(1).weekOf());
        assertEquals("30 nov 2026", chart.weeks().get(1).weekLabel());
        assertThat(chart.description(), containsString("desde la semana del 23 nov 2026"));
        assertThat(chart.description(), containsString("30 nov 2026 (3)"));
    }
}
