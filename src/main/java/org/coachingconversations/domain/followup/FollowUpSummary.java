package org.coachingconversations.domain.followup;

import java.time.LocalDate;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.conversation.StoredConversation;

/**
 * What a school leader sees on a space's follow-up dashboard, as of {@code today} in the space's
 * time zone. Coverage gaps concern people, not pages, so they are listed for every viewer; every
 * other section lists only pages the viewer may see.
 */
public record FollowUpSummary(
        String spaceKey,
        LocalDate today,
        SummaryOptions options,
        SummarySection<ActionStep> overdueSteps,
        SummarySection<ActionStep> dueSoonSteps,
        SummarySection<StoredConversation> followUpsPastDue,
        SummarySection<CoverageGap> coverageGaps,
        SummarySection<ConferenceTiming> conferencesOutsideWindow,
        SummarySection<CycleRecordDeadline> awaitingFinalization,
        SummarySection<CycleRecordDeadline> awaitingAcknowledgement,
        ActionShare leadToAction) {
}
