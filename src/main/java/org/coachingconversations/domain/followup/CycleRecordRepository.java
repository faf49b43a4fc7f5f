package org.coachingconversations.domain.followup;

import java.time.LocalDate;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;

/**
 * Reads Cycle Records of a space. A database cannot count school days, so implementations store
 * each record's post-conference window ({@code CycleRecordTimeline.conferenceWindow}) when the
 * record is saved and recompute it when the space's calendar or timeline settings change.
 */
public interface CycleRecordRepository {

    /**
     * Records whose conference date lies outside the stored window, or that have no conference date
     * although the window's last day is before {@code today}; ordered by observation date, then page id.
     */
    ResultPage<StoredCycleRecord> findConferencesOutsideWindow(String spaceKey, LocalDate today, ResultPageRequest page);

    /**
     * Records whose conference date is on or before {@code today} and that are not finalized,
     * ordered by conference date, then page id.
     */
    ResultPage<StoredCycleRecord> findAwaitingFinalization(String spaceKey, LocalDate today, ResultPageRequest page);

    /**
     * Finalized records the teacher has neither acknowledged nor objected to, ordered by
     * finalization date, then page id.
     */
    ResultPage<StoredCycleRecord> findAwaitingAcknowledgement(String spaceKey, ResultPageRequest page);
}
