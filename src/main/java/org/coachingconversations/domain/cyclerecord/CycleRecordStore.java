package org.coachingconversations.domain.cyclerecord;

import java.time.LocalDate;
import java.util.Optional;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * Writes the Cycle Record facts of a page (seed 003). The store keeps each record's post-conference
 * window as the space's calendar and settings give it when the record is saved, because the
 * dashboard queries cannot count school days; {@link #recomputeConferenceWindows} refreshes them
 * when those settings change. The page's milestones ({@code CycleRecordTimeline}) are a second copy of the same
 * windows: {@link #update}, {@link #markFinalized} and {@link #recomputeConferenceWindows} rewrite the record's
 * milestones with the row, in the same transaction, keeping the page's other milestones.
 *
 * <p>Concurrency as in {@link ConversationStore}: a change names the version it started from. The
 * teacher's response (acknowledgement or objection) is written only by {@link org.coachingconversations.domain.acknowledgement.AcknowledgementStore};
 * a record passed here must carry the response date that is stored.
 */
public interface CycleRecordStore {

    /**
     * Stores the Cycle Record of a page that has none yet, at version 0.
     *
     * @throws IllegalStateException when the page already has one
     * @throws IllegalArgumentException when the record already carries a teacher response
     */
    Versioned<StoredCycleRecord> register(StoredCycleRecord record);

    /**
     * Replaces the stored facts of the page with these and recomputes the conference window.
     *
     * @throws ConcurrentUpdateException when the stored version is not {@code expectedVersion}
     * @throws IllegalStateException when the page has no stored record, or it is in the trash
     * @throws IllegalArgumentException when the teacher response date differs from the stored one
     */
    Versioned<StoredCycleRecord> update(StoredCycleRecord record, long expectedVersion);

    /**
     * Marks the record finalized on the given date (seed 003: ratings and record finalized after the
     * conference), after which the teacher may acknowledge or object.
     *
     * @throws IllegalArgumentException when the record has no conference date, or the date is before it
     * @throws ConcurrentUpdateException when the stored version is not {@code expectedVersion}
     */
    Versioned<StoredCycleRecord> markFinalized(long pageId, LocalDate finalizedOn, long expectedVersion);

    /** The page's Cycle Record, unless there is none or the page is in the trash. */
    Optional<Versioned<StoredCycleRecord>> find(long pageId);

    /**
     * Recomputes the stored conference windows of every record of the space (trashed ones too, so
     * a restored page is current) with the space's present calendar and settings. Versions do not
     * change: the windows follow from settings, not from anyone's edit.
     *
     * @return how many records were updated
     */
    int recomputeConferenceWindows(String spaceKey);
}
