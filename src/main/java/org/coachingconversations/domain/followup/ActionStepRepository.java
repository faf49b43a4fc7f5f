package org.coachingconversations.domain.followup;

import java.time.LocalDate;
import java.util.List;
import org.coachingconversations.domain.actionstep.ActionStep;

/**
 * Reads action steps for dashboards and the daily job. Every method is one indexed query with a
 * row limit, plus a COUNT for pages; none returns all the steps of a space.
 */
public interface ActionStepRepository {

    /**
     * Steps matching the query, ordered by due date (steps without one last), then id, with the
     * number of all matching steps as the page total.
     */
    ResultPage<ActionStep> find(ActionStepQuery query, ResultPageRequest page);

    /**
     * Open steps of every space with a due date before {@code dueBefore} and an id above
     * {@code afterId}, ordered by id, at most {@code limit}. The daily job walks them in batches.
     * A store may leave out steps whose overdue notice for their current due date is already recorded in the
     * {@link OverdueFlagLedger}, so that a night with nothing new reads nothing old; the scan still asks the
     * ledger about every step it is given.
     */
    List<ActionStep> findOpenDueBeforeAfterId(LocalDate dueBefore, long afterId, int limit);
}
