package org.coachingconversations.domain.dashboard;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.followup.ActionShare;
import org.coachingconversations.domain.followup.ResultPage;
import org.coachingconversations.domain.followup.ResultPageRequest;

/**
 * The dashboard's reads of conversations and Cycle Records within a {@link DashboardScope}: indexed, bounded
 * queries and COUNTs; the scope's hidden pages are left out by the database. Pages in the trash never count.
 */
public interface ConversationDashboardQueries {

    /**
     * The conversation pages of the space that match the filter's teacher, coach and types, at most {@code limit};
     * ignores the filter's dates.
     */
    Set<Long> selectPages(String spaceKey, DashboardFilter filter, int limit);

    /** Conversations whose agreed follow-up date is before today and not held; by that date, then page. */
    ResultPage<StoredConversation> followUpsPastDue(DashboardScope scope, LocalDate today, ResultPageRequest page);

    /**
     * For every teacher with a conversation in the scope dated on or before {@code today}, the date of the latest
     * one; one GROUP BY query.
     */
    Map<String, LocalDate> latestConversationByTeacher(DashboardScope scope, LocalDate today);

    /** Conversations in the scope and those of them that lead to action (seed 001). */
    ActionShare actionShare(DashboardScope scope);

    /** Cycle Records with a conference outside its window, or none once the window closed; by observation date. */
    ResultPage<StoredCycleRecord> conferencesOutsideWindow(DashboardScope scope, LocalDate today,
            ResultPageRequest page);

    /** Cycle Records conferenced on or before today and not finalized; by conference date. */
    ResultPage<StoredCycleRecord> awaitingFinalization(DashboardScope scope, LocalDate today, ResultPageRequest page);

    /** Finalized Cycle Records the teacher has not answered; by finalization date. */
    ResultPage<StoredCycleRecord> awaitingAcknowledgement(DashboardScope scope, ResultPageRequest page);

    /** Finalized Cycle Records the teacher objected to; by finalization date. */
    ResultPage<StoredCycleRecord> objections(DashboardScope scope, ResultPageRequest page);
}
