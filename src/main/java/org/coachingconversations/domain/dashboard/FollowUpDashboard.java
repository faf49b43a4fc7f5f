package org.coachingconversations.domain.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.coachingconversations.domain.followup.ActionShare;

/**
 * A space's follow-up dashboard as one viewer sees it today: the first page of each list, the share of conversations
 * that lead to action and the weekly chart, all counted over pages the viewer may view.
 */
public record FollowUpDashboard(String spaceKey, LocalDate today, DashboardFilter filter, int coverageWeeks,
        List<SectionRows> sections, ActionShare leadToAction, List<WeekTally> weeks) {

    public FollowUpDashboard {
        sections = List.copyOf(sections);
        weeks = List.copyOf(weeks);
    }
}
