package org.coachingconversations.domain.acknowledgement;

import java.util.Optional;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * Stores the teacher's answer to a finalized Cycle Record, one per page, and dates the record's
 * teacher response with it in the same transaction. The rules of
 * {@link Acknowledgement#checkMayAnswer} are applied to the stored record before anything is written.
 *
 * <p>Concurrency: the first answer is {@link #answer}ed; changing it (an objection reworded, or
 * turned into an acknowledgement; an acknowledgement is final, see {@link Acknowledgement#checkMayReplace}) names
 * the version it started from, as in
 * {@link ConversationStore}. Two first answers at once: the second is refused with
 * {@link ConcurrentUpdateException}.
 */
public interface AcknowledgementStore {

    /**
     * Records the teacher's first answer, at version 0.
     *
     * @throws AcknowledgementRefusedException when the person is not the record's teacher, or the
     *     record is not finalized
     * @throws ConcurrentUpdateException when the record already has an answer
     * @throws IllegalStateException when the page has no stored Cycle Record, or it is in the trash
     */
    Versioned<Acknowledgement> answer(Acknowledgement acknowledgement);

    /**
     * Replaces the teacher's answer with {@link Acknowledgement#replacing} the stored one.
     *
     * @throws ConcurrentUpdateException when the stored answer is not at {@code expectedVersion}
     * @throws AcknowledgementRefusedException as for {@link #answer}, and when the stored answer is an
     *     acknowledgement
     * @throws IllegalStateException when the record has no answer yet
     */
    Versioned<Acknowledgement> change(Acknowledgement acknowledgement, long expectedVersion);

    /** The answer to the page's Cycle Record, unless there is none or the page is in the trash. */
    Optional<Versioned<Acknowledgement>> find(long pageId);
}
