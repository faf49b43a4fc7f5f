package org.coachingconversations.persistence.conversation;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import java.util.Objects;
import net.java.ao.Query;
import org.coachingconversations.domain.lifecycle.PageDataLifecycle;
import org.springframework.stereotype.Component;

/**
 * Makes conversations, Cycle Records, milestones and acknowledgements follow their page: hidden
 * in the trash (every read here filters on {@code TRASHED}), back on restore, deleted on purge and
 * with their space. Each call is one transaction over the four tables.
 */
@Component
public class AoConversationPageData implements PageDataLifecycle {

    private final ActiveObjects activeObjects;

    public AoConversationPageData(ActiveObjects activeObjects) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
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
        WriteChecks.pageId("Purged page", pageId);
        activeObjects.executeInTransaction(() -> {
            activeObjects.deleteWithSQL(AcknowledgementEntity.class, AcknowledgementEntity.COLUMN_PAGE_ID + " = ?",
                    pageId);
            activeObjects.deleteWithSQL(MilestoneEntity.class, MilestoneEntity.COLUMN_PAGE_ID + " = ?", pageId);
            activeObjects.deleteWithSQL(CycleRecordEntity.class, CycleRecordEntity.COLUMN_PAGE_ID + " = ?", pageId);
            activeObjects.deleteWithSQL(ConversationEntity.class, ConversationEntity.COLUMN_PAGE_ID + " = ?",
                    pageId);
            return null;
        });
    }

    @Override
    public void spaceRemoved(String spaceKey) {
        WriteChecks.spaceKey("Removed space", spaceKey);
        activeObjects.executeInTransaction(() -> {
            activeObjects.deleteWithSQL(AcknowledgementEntity.class,
                    AcknowledgementEntity.COLUMN_SPACE_KEY + " = ?", spaceKey);
            activeObjects.deleteWithSQL(MilestoneEntity.class, MilestoneEntity.COLUMN_SPACE_KEY + " = ?", spaceKey);
            activeObjects.deleteWithSQL(CycleRecordEntity.class, CycleRecordEntity.COLUMN_SPACE_KEY + " = ?",
                    spaceKey);
            activeObjects.deleteWithSQL(ConversationEntity.class, ConversationEntity.COLUMN_SPACE_KEY + " = ?",
                    spaceKey);
            return null;
        });
    }

    /** A page has one conversation, one record, one answer and a few milestones: updated row by row. */
    private void setTrashed(long pageId, boolean trashed) {
        WriteChecks.pageId(trashed ? "Trashed page" : "Restored page", pageId);
        activeObjects.executeInTransaction(() -> {
            for (ConversationEntity row : rowsOf(ConversationEntity.class, ConversationEntity.COLUMN_PAGE_ID, pageId)) {
                row.setTrashed(trashed);
                row.save();
            }
            for (CycleRecordEntity row : rowsOf(CycleRecordEntity.class, CycleRecordEntity.COLUMN_PAGE_ID, pageId)) {
                row.setTrashed(trashed);
                row.save();
            }
            for (MilestoneEntity row : rowsOf(MilestoneEntity.class, MilestoneEntity.COLUMN_PAGE_ID, pageId)) {
                row.setTrashed(trashed);
                row.save();
            }
            for (AcknowledgementEntity row
                    : rowsOf(AcknowledgementEntity.class, AcknowledgementEntity.COLUMN_PAGE_ID, pageId)) {
                row.setTrashed(trashed);
                row.save();
            }
            return null;
        });
    }

    private <E extends net.java.ao.RawEntity<Integer>> List<E> rowsOf(Class<E> type, String column, long pageId) {
        return List.of(activeObjects.find(type, Query.select().where(column + " = ?", pageId)));
    }
}
