package org.coachingconversations.domain.lifecycle;

/**
 * Whatever the app stores for a page follows the page: hidden while it is in the trash, visible again when it is
 * restored, deleted when it is purged; a removed space takes all its data along. Nothing else ever deletes data.
 * Each store of page data implements this; the page-event listener calls every implementation.
 */
public interface PageDataLifecycle {

    /** The page went to the trash: its data disappears from every query, but is kept. */
    void pageTrashed(long pageId);

    /** The page came back from the trash: its data is visible again, unchanged. */
    void pageRestored(long pageId);

    /** The page was purged from the trash: its data is deleted. */
    void pagePurged(long pageId);

    /** The space was removed: every row of the space is deleted. */
    void spaceRemoved(String spaceKey);
}
