package org.coachingconversations.domain.quality;

import java.util.Optional;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * The conversation-quality self-check of each page, one per page. Each call is one transaction. Like every page's
 * data, a self-check follows its page (the implementation is also the page's {@code PageDataLifecycle}): hidden
 * while the page is in the trash, back on restore, deleted on purge and with its space.
 *
 * <p>Concurrency: the first save is at version 0; every later save names the version it started from and is refused
 * with {@link ConcurrentUpdateException} when the stored one differs, so two people ticking at once never silently
 * overwrite each other.
 */
public interface SelfCheckStore {

    /**
     * Stores the page's first self-check, at version 0.
     *
     * @throws ConcurrentUpdateException when the page has one already
     * @throws IllegalStateException when the page's self-check is in the trash
     */
    Versioned<SavedSelfCheck> saveFirst(SavedSelfCheck selfCheck);

    /**
     * Replaces the page's self-check (its space too: pages can move), one version further.
     *
     * @throws ConcurrentUpdateException when the stored version is not {@code expectedVersion}
     * @throws IllegalStateException when the page has no self-check yet, or it is in the trash
     */
    Versioned<SavedSelfCheck> saveChange(SavedSelfCheck selfCheck, long expectedVersion);

    /** The page's self-check, unless there is none or the page is in the trash. */
    Optional<Versioned<SavedSelfCheck>> find(long pageId);
}
