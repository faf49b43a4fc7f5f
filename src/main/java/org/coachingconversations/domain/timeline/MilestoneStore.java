package org.coachingconversations.domain.timeline;

import java.util.List;

/**
 * Keeps the milestones computed for a page, so that views and dashboards read them instead of
 * recomputing every timeline. A page's milestones are always replaced as a whole: they are derived
 * from the page's dates, so there is nothing to merge.
 */
public interface MilestoneStore {

    /** Replaces every milestone of the page with these, in this order, in one transaction. */
    void replaceAll(long pageId, String spaceKey, List<Milestone> milestones);

    /** The page's milestones in the order they were stored; none when the page is in the trash. */
    List<Milestone> milestonesOf(long pageId);
}
