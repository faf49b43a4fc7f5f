package org.coachingconversations.persistence.actionstep;

import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_COMPLETED_DATE;
import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_DUE_DATE;
import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_ID;
import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_PAGE_ID;
import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_SPACE_KEY;
import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_STATUS;
import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_TRASHED;
import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_VERSION;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.dashboard.DashboardScope;
import org.coachingconversations.domain.dashboard.DayCount;
import org.coachingconversations.domain.dashboard.StepDashboardQueries;
import org.coachingconversations.domain.followup.ResultPage;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.persistence.rows.DayNumbers;
import org.coachingconversations.persistence.rows.ScopedWhere;
import org.springframework.stereotype.Component;

/**
 * The dashboard's action-step lists: space, status and due date lead, as in the {@code stepSpaceStatusDue} index,
 * so a list reads the index range of its dates; hidden pages are left out by the same statement.
 */
@Component
public class AoStepDashboardQueries implements StepDashboardQueries {

    private final ActiveObjects activeObjects;

    public AoStepDashboardQueries(ActiveObjects activeObjects) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
    }

    @Override
    public ResultPage<ActionStep> overdue(DashboardScope scope, LocalDate today, ResultPageRequest page) {
        Objects.requireNonNull(today, "today");
        ScopedWhere where = open(scope).and(COLUMN_DUE_DATE + " < ?", DayNumbers.bound(today))
                .scope(scope, COLUMN_PAGE_ID, Optional.of(COLUMN_DUE_DATE));
        return page(where, scope, page);
    }

    @Override
    public ResultPage<ActionStep> dueSoon(DashboardScope scope, LocalDate today, LocalDate until,
            ResultPageRequest page) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(until, "until");
        ScopedWhere where = open(scope).and(COLUMN_DUE_DATE + " >= ?", DayNumbers.bound(today))
                .and(COLUMN_DUE_DATE + " <= ?", DayNumbers.bound(until))
                .scope(scope, COLUMN_PAGE_ID, Optional.of(COLUMN_DUE_DATE));
        return page(where, scope, page);
    }

    @Override
    public List<DayCount> doneByDay(DashboardScope scope, LocalDate from, LocalDate to) {
        ScopedWhere where = ScopedWhere.of(COLUMN_SPACE_KEY + " = ?", scope.spaceKey())
                .and(COLUMN_STATUS + " = ?", ActionStepStatus.DONE.id())
                .and(COLUMN_TRASHED + " = ?", Boolean.FALSE)
                .and(COLUMN_COMPLETED_DATE + " >= ?", DayNumbers.bound(from))
                .and(COLUMN_COMPLETED_DATE + " <= ?", DayNumbers.bound(to))
                .scope(scope, COLUMN_PAGE_ID, Optional.empty());
        return countByDay(where, COLUMN_COMPLETED_DATE, ActionStepEntity::getCompletedDate);
    }

    /** One statement on the space-status-due index range, grouped by due date. */
    @Override
    public List<DayCount> slippedByDueDay(DashboardScope scope, LocalDate from, LocalDate today) {
        ScopedWhere open = open(scope).and(COLUMN_DUE_DATE + " >= ?", DayNumbers.bound(from))
                .and(COLUMN_DUE_DATE + " < ?", DayNumbers.bound(today))
                .scope(scope, COLUMN_PAGE_ID, Optional.empty());
        return countByDay(open, COLUMN_DUE_DATE, ActionStepEntity::getDueDate);
    }

    private static ScopedWhere open(DashboardScope scope) {
        Objects.requireNonNull(scope, "scope");
        return ScopedWhere.of(COLUMN_SPACE_KEY + " = ?", scope.spaceKey())
                .and(COLUMN_STATUS + " = ?", ActionStepStatus.OPEN.id())
                .and(COLUMN_TRASHED + " = ?", Boolean.FALSE);
    }

    private ResultPage<ActionStep> page(ScopedWhere where, DashboardScope scope, ResultPageRequest request) {
        Objects.requireNonNull(request, "page");
        int total = activeObjects.count(ActionStepEntity.class, Query.select().where(where.sql(), where.parameters()));
        if (request.offset() >= total) {
            return new ResultPage<>(List.of(), total, request);
        }
        String direction = ScopedWhere.direction(scope);
        Query query = Query.select().where(where.sql(), where.parameters())
                .order(COLUMN_DUE_DATE + direction + ", " + COLUMN_ID + direction).limit(request.limit());
        if (request.offset() > 0) {
            query = query.offset((int) request.offset());
        }
        List<ActionStep> steps = Arrays.stream(activeObjects.find(ActionStepEntity.class, query))
                .map(ActionStepMapper::toStep).toList();
        return new ResultPage<>(steps, Math.max(total, request.offset() + steps.size()), request);
    }

    /** One GROUP BY statement; the count comes back in the VERSION column, as AO maps rows onto the entity. */
    private List<DayCount> countByDay(ScopedWhere where, String dayColumn,
            java.util.function.Function<ActionStepEntity, Integer> day) {
        List<DayCount> counts = new ArrayList<>();
        Query query = Query.select(dayColumn + ", COUNT(" + COLUMN_ID + ") AS " + COLUMN_VERSION)
                .where(where.sql(), where.parameters()).group(dayColumn);
        activeObjects.stream(ActionStepEntity.class, query, row -> {
            Integer dayNumber = day.apply(row);
            if (dayNumber != null) {
                counts.add(new DayCount(DayNumbers.toDate(dayNumber), row.getVersion()));
            }
        });
        return counts;
    }
}
