package org.coachingconversations.domain.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.coachingconversations.domain.followup.ActionShare;
import org.coachingconversations.domain.quality.QualitySummary;

/**
 * A space's follow-up dashboard as one viewer sees it today: the first page of each list, the share of
 * conversations that lead to action and the self-checks' per-quality shares, all counted over pages the viewer may view. The weekly chart is read on its own
 * ({@code ShowFollowUpDashboard.chart}), after the lists.
 */
public record FollowUpDashboard(String spaceKey, LocalDate today, DashboardFilter filter, int coverageWeeks,
        List<SectionRows> sections, ActionShare leadToAction, QualitySummary selfCheckShares) {

    public FollowUpDashboard {
        sections = List.copyOf(sections);
    }
}
