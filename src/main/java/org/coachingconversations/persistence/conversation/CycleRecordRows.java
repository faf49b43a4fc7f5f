package org.coachingconversations.persistence.conversation;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;

/** Finding and locking a page's Cycle Record row; shared by the record and acknowledgement stores. */
final class CycleRecordRows {

    private CycleRecordRows() {
    }

    /** The page's row, trashed or not; null when there is none. */
    static CycleRecordEntity row(ActiveObjects activeObjects, long pageId) {
        CycleRecordEntity[] rows = activeObjects.find(CycleRecordEntity.class,
                Query.select().where(CycleRecordEntity.COLUMN_PAGE_ID + " = ?", pageId));
        return rows.length == 0 ? null : rows[0];
    }

    /**
     * The page's row, read again after taking its write lock, so that the version compared is the
     * last one committed: writing the unchanged page id is an UPDATE that waits for any other
     * transaction writing the row and holds the row until this transaction ends. Call it inside a
     * transaction.
     *
     * @throws IllegalStateException when the page has no record or it is in the trash
     */
    static CycleRecordEntity lockedRow(ActiveObjects activeObjects, long pageId) {
        CycleRecordEntity row = row(activeObjects, pageId);
        if (row == null) {
            throw new IllegalStateException("Cycle Record on page " + pageId + " is not stored; register it first.");
        }
        RowLocks.lock(row, () -> row.setPageId(row.getPageId()), "Cycle Record", pageId);
        CycleRecordEntity current = row(activeObjects, pageId);
        if (current.isTrashed()) {
            throw new IllegalStateException("Cycle Record on page " + pageId
                    + " is in the trash; restore the page first.");
        }
        return current;
    }
}
