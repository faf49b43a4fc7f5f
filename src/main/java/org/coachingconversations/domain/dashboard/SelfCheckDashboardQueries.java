package org.coachingconversations.domain.dashboard;

import org.coachingconversations.domain.quality.QualitySummary;

/** The dashboard's read of the conversation-quality self-checks within a {@link DashboardScope}. */
public interface SelfCheckDashboardQueries {

    /**
     * Per quality, how many of the scope's self-checks found it present; reads only the seven flags of the scope's
     * self-checks (one per conversation page), never their notes; the hidden pages left out by the database.
     */
    QualitySummary qualityShares(DashboardScope scope);
}
