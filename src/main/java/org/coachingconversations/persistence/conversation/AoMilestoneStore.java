package org.coachingconversations.persistence.conversation;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import net.java.ao.Query;
import org.coachingconversations.domain.timeline.Milestone;
import org.coachingconversations.domain.timeline.MilestoneStore;
import org.springframework.stereotype.Component;

/** Page timelines in {@code AO_16E8C7_MILESTONE}, replaced per page as a whole. */
@Component
public class AoMilestoneStore implements MilestoneStore {

    /** More than any timeline the protocol produces; a longer list is a bug upstream. */
    public static final int MAX_MILESTONES_PER_PAGE = 200;

    private final ActiveObjects activeObjects;

    public AoMilestoneStore(ActiveObjects activeObjects) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
    }

    @Override
    public void replaceAll(long pageId, String spaceKey, List<Milestone> milestones) {
        WriteChecks.check(pageId, spaceKey, milestones);
        if (milestones.size() > MAX_MILESTONES_PER_PAGE) {
            throw new IllegalArgumentException("Milestones of page " + pageId + ": " + milestones.size()
                    + " given; at most " + MAX_MILESTONES_PER_PAGE + " are kept per page.");
        }
        List<Milestone> copy = List.copyOf(milestones);
        activeObjects.executeInTransaction(() -> {
            write(activeObjects, pageId, spaceKey, copy);
            return null;
        });
    }

    @Override
    public List<Milestone> milestonesOf(long pageId) {
        WriteChecks.pageId("Milestones", pageId);
        return stored(activeObjects, pageId);
    }

    /** The page's milestones in stored order, pages in the trash left out; for writers of this table in a transaction. */
    static List<Milestone> stored(ActiveObjects activeObjects, long pageId) {
        MilestoneEntity[] rows = activeObjects.find(MilestoneEntity.class, Query.select()
                .where(MilestoneEntity.COLUMN_PAGE_ID + " = ? AND " + MilestoneEntity.COLUMN_TRASHED + " = ?",
                        pageId, false)
                .order("ID")
                .limit(MAX_MILESTONES_PER_PAGE));
        return Arrays.stream(rows).map(ConversationMapper::toMilestone).toList();
    }

    /** Replaces the page's rows with these, in this order; the caller runs it in its transaction. */
    static void write(ActiveObjects activeObjects, long pageId, String spaceKey, List<Milestone> milestones) {
        activeObjects.deleteWithSQL(MilestoneEntity.class, MilestoneEntity.COLUMN_PAGE_ID + " = ?", pageId);
        for (Milestone milestone : milestones) {
            activeObjects.create(MilestoneEntity.class, ConversationMapper.milestoneColumns(pageId, spaceKey, milestone));
        }
    }
}
