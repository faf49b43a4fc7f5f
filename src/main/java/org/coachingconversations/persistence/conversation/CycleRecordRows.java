package org.coachingconversations.persistence.conversation;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.coachingconversations.persistence.rows.RowLocks;

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
     * The page's row, read again after taking its write lock (by writing the unchanged page id), so
     * that the version compared is the last one committed. Call it inside a transaction.
     *
     * @throws IllegalStateException when the page has no record or it is in the trash
     */
    static CycleRecordEntity lockedRow(ActiveObjects activeObjects, long pageId) {
        String subject = "Cycle Record on page " + pageId;
        CycleRecordEntity current = RowLocks.lockedRow(subject, () -> row(activeObjects, pageId),
                row -> row.setPageId(row.getPageId()),
                () -> new IllegalStateException(subject + " is not stored; register it first."));
        if (current.isTrashed()) {
            throw new IllegalStateException(subject + " is in the trash; restore the page first.");
        }
        return current;
    }
}
