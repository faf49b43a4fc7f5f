package org.coachingconversations.domain.conversation;

import java.util.Optional;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * Writes the conversation facts of a page (one row per page, of any {@link ConversationType}). Each
 * call is one transaction. Bad input is refused with an {@link IllegalArgumentException} naming
 * the field before anything is written.
 *
 * <p>Concurrency: every saved change adds one to the stored version. {@link #update} names the
 * version it started from and is refused with {@link ConcurrentUpdateException} when the stored
 * one differs, so two people editing the same page never silently overwrite each other.
 */
public interface ConversationStore {

    /**
     * Stores the conversation of a page that has none yet, at version 0.
     *
     * @throws IllegalStateException when the page already has one (update it instead)
     */
    Versioned<StoredConversation> register(StoredConversation conversation);

    /**
     * Replaces the stored facts of the page (its space too: pages can move) with these.
     *
     * @throws ConcurrentUpdateException when the stored version is not {@code expectedVersion}
     * @throws IllegalStateException when the page has no stored conversation, or it is in the trash
     */
    Versioned<StoredConversation> update(StoredConversation conversation, long expectedVersion);

    /** The page's conversation, unless there is none or the page is in the trash. */
    Optional<Versioned<StoredConversation>> find(long pageId);

    /**
     * Records whether the page has at least one action step that has an owner and a due date and
     * is not dropped (seed 001: a conversation that leads to action), which
     * {@code ConversationRepository.countConversationsLeadingToAction} counts. Whoever changes a
     * page's action steps calls this in the same transaction. It is derived from the steps, so it
     * does not change the version. A page with no stored conversation is left alone.
     */
    void recordLeadsToAction(long pageId, boolean leadsToAction);
}
