package org.coachingconversations.persistence.quality;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;
import org.coachingconversations.domain.lifecycle.PageDataLifecycle;
import org.coachingconversations.domain.quality.SavedSelfCheck;
import org.coachingconversations.domain.quality.SelfCheckStore;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.persistence.rows.RowLocks;
import org.springframework.stereotype.Component;

/**
 * Self-checks in {@code AO_16E8C7_SELF_CHECK}, following their page: every read leaves out pages in the trash, a
 * purge or a removed space deletes the rows. A change locks the page's row ({@link RowLocks}) before it compares the
 * version.
 */
@Component
public class AoSelfCheckStore implements SelfCheckStore, PageDataLifecycle {

    private static final String WHAT = "Self-check";
    /** SQLSTATE class 23: integrity constraint violation (here: the unique page id). */
    private static final String INTEGRITY_CONSTRAINT_CLASS = "23";

    private final ActiveObjects activeObjects;

    public AoSelfCheckStore(ActiveObjects activeObjects) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
    }

    @Override
    public Versioned<SavedSelfCheck> saveFirst(SavedSelfCheck selfCheck) {
        Objects.requireNonNull(selfCheck, "selfCheck");
        String subject = subject(selfCheck.pageId());
        return activeObjects.executeInTransaction(() -> {
            SelfCheckEntity existing = row(selfCheck.pageId());
            if (existing != null && existing.isTrashed()) {
                throw new IllegalStateException(subject + " is in the trash; restore the page first.");
            }
            if (existing != null) {
                throw ConcurrentUpdateException.alreadyStored(subject, existing.getVersion());
            }
            try {
                return SelfCheckMapper.toVersioned(activeObjects.create(SelfCheckEntity.class,
                        SelfCheckMapper.columnsOf(selfCheck)));
            } catch (RuntimeException failure) {
                // Two first saves at once: the unique page id refuses the second insert.
                if (hasSqlState(failure, INTEGRITY_CONSTRAINT_CLASS)) {
                    throw ConcurrentUpdateException.concurrentWrite(subject, failure);
                }
                throw failure;
            }
        });
    }

    @Override
    public Versioned<SavedSelfCheck> saveChange(SavedSelfCheck selfCheck, long expectedVersion) {
        Objects.requireNonNull(selfCheck, "selfCheck");
        String subject = subject(selfCheck.pageId());
        return activeObjects.executeInTransaction(() -> {
            SelfCheckEntity row = RowLocks.lockedRow(subject, () -> row(selfCheck.pageId()),
                    locked -> locked.setPageId(locked.getPageId()),
                    () -> new IllegalStateException(subject + " is not saved yet; save it for the first time."));
            if (row.isTrashed()) {
                throw new IllegalStateException(subject + " is in the trash; restore the page first.");
            }
            if (row.getVersion() != expectedVersion) {
                throw ConcurrentUpdateException.staleVersion(subject, expectedVersion, row.getVersion());
            }
            SelfCheckMapper.copyInto(selfCheck, row);
            row.setVersion(expectedVersion + 1);
            row.save();
            return SelfCheckMapper.toVersioned(row);
        });
    }

    @Override
    public Optional<Versioned<SavedSelfCheck>> find(long pageId) {
        checkPageId(pageId);
        SelfCheckEntity[] rows = activeObjects.find(SelfCheckEntity.class, Query.select().where(
                SelfCheckEntity.COLUMN_PAGE_ID + " = ? AND " + SelfCheckEntity.COLUMN_TRASHED + " = ?", pageId, false));
        return rows.length == 0 ? Optional.empty() : Optional.of(SelfCheckMapper.toVersioned(rows[0]));
    }

    @Override
    public void pageTrashed(long pageId) {
        setTrashed(pageId, true);
    }

    @Override
    public void pageRestored(long pageId) {
        setTrashed(pageId, false);
    }

    @Override
    public void pagePurged(long pageId) {
        checkPageId(pageId);
        activeObjects.executeInTransaction(() -> activeObjects.deleteWithSQL(SelfCheckEntity.class,
                SelfCheckEntity.COLUMN_PAGE_ID + " = ?", pageId));
    }

    @Override
    public void spaceRemoved(String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("Removed space: the space key is required.");
        }
        activeObjects.executeInTransaction(() -> activeObjects.deleteWithSQL(SelfCheckEntity.class,
                SelfCheckEntity.COLUMN_SPACE_KEY + " = ?", spaceKey));
    }

    private void setTrashed(long pageId, boolean trashed) {
        checkPageId(pageId);
        activeObjects.executeInTransaction(() -> {
            SelfCheckEntity row = row(pageId);
            if (row != null && row.isTrashed() != trashed) {
                row.setTrashed(trashed);
                row.save();
            }
            return null;
        });
    }

    private SelfCheckEntity row(long pageId) {
        checkPageId(pageId);
        SelfCheckEntity[] rows = activeObjects.find(SelfCheckEntity.class,
                Query.select().where(SelfCheckEntity.COLUMN_PAGE_ID + " = ?", pageId));
        return rows.length == 0 ? null : rows[0];
    }

    private static void checkPageId(long pageId) {
        if (pageId <= 0) {
            throw new IllegalArgumentException(WHAT + ": the page id " + pageId + " is not a page.");
        }
    }

    private static String subject(long pageId) {
        return WHAT + " on page " + pageId;
    }

    private static boolean hasSqlState(Throwable failure, String sqlStateClass) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(sqlStateClass)) {
                return true;
            }
        }
        return false;
    }
}
