package org.coachingconversations.persistence.actionstep;

import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_DUE_DATE;
import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_ID;
import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_NOTICE_PENDING;
import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_OWNER_KEY;
import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_PAGE_ID;
import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_SPACE_KEY;
import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_STATUS;
import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_TRASHED;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDetails;
import org.coachingconversations.domain.actionstep.ActionStepNotFoundException;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.actionstep.ChangedBy;
import org.coachingconversations.domain.followup.ActionStepQuery;
import org.coachingconversations.domain.followup.ActionStepRepository;
import org.coachingconversations.domain.followup.ResultPage;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.domain.lifecycle.PageDataLifecycle;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.persistence.rows.DayNumbers;
import org.coachingconversations.persistence.rows.RowLocks;
import org.springframework.stereotype.Component;

/**
 * Action steps in Active Objects: the dashboards' and the daily job's reads, the editor's writes, and the steps'
 * part of following a page through trash, restore and purge. Every read leaves out rows whose page is in the
 * trash. Input is checked before anything reaches the database; every write runs in one transaction.
 */
@Component
public final class AoActionStepRepository implements ActionStepRepository, ActionStepStore, PageDataLifecycle {

    /** How many ids go into one {@code IN (...)} list; Oracle allows at most 1000. */
    static final int ID_BATCH_SIZE = 500;

    private static final String ORDER_BY_DUE_DATE_THEN_ID = COLUMN_DUE_DATE + " ASC, " + COLUMN_ID + " ASC";
    private static final String ORDER_BY_ID = COLUMN_ID + " ASC";

    /**
     * Id order that no index provides. Unreported steps past their date are few, but a planner that multiplies the
     * selectivities of {@code NOTICE_PENDING} (true for every open step not yet due) and {@code DUE_DATE} expects
     * tens of thousands and walks the primary key to the LIMIT: PostgreSQL read all million rows on a quiet night
     * (see benchmark.md). Ordering by an expression makes it read the {@code (NOTICE_PENDING, DUE_DATE)} range and sort.
     */
    private static final String ORDER_BY_ID_WITHOUT_ITS_INDEX = COLUMN_ID + " + 0 ASC";

    private final ActiveObjects activeObjects;

    public AoActionStepRepository(ActiveObjects activeObjects) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
    }

    // ---------------------------------------------------------------- reads for dashboards and the job

    /**
     * Databases disagree on where NULL sorts, so steps with a due date and steps without one are read by two
     * queries: the dated ones first, then, when the page reaches past them, the undated ones in id order.
     */
    @Override
    public ResultPage<ActionStep> find(ActionStepQuery query, ResultPageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        Where matching = matching(query);
        Where dated = matching.and(COLUMN_DUE_DATE + " IS NOT NULL");
        Where undated = matching.and(COLUMN_DUE_DATE + " IS NULL");
        boolean dueDateBounded = query.dueFrom().isPresent() || query.dueTo().isPresent();

        int datedTotal = count(dated);
        int undatedTotal = dueDateBounded ? 0 : count(undated);
        List<ActionStep> items = new ArrayList<>();
        if (page.offset() < datedTotal) {
            items.addAll(select(dated, ORDER_BY_DUE_DATE_THEN_ID, (int) page.offset(), page.limit()));
        }
        int remaining = page.limit() - items.size();
        long undatedOffset = Math.max(0, page.offset() - datedTotal);
        if (remaining > 0 && undatedOffset < undatedTotal) {
            items.addAll(select(undated, ORDER_BY_ID, (int) undatedOffset, remaining));
        }
        // A row added between the COUNT and the SELECT must not make the page contradict its own total; a page
        // beyond the end has no rows to count, so its total is the COUNT, not its offset.
        long counted = (long) datedTotal + undatedTotal;
        long total = items.isEmpty() ? counted : Math.max(counted, page.offset() + items.size());
        return new ResultPage<>(items, total, page);
    }

    /**
     * Reads only steps whose notice is still owed ({@code NOTICE_PENDING}), through the index on
     * {@code (NOTICE_PENDING, DUE_DATE)}: a night with nothing new reads the steps due today, not the backlog of
     * open steps already reported.
     */
    @Override
    public List<ActionStep> findOpenDueBeforeAfterId(LocalDate dueBefore, long afterId, int limit) {
        Objects.requireNonNull(dueBefore, "dueBefore");
        if (limit < 1) {
            throw new IllegalArgumentException("Open steps due before " + dueBefore + ": the limit " + limit
                    + " must be at least 1.");
        }
        if (afterId >= Integer.MAX_VALUE) {
            return List.of();
        }
        Where openAndDue = visible()
                .and(COLUMN_NOTICE_PENDING + " = ?", Boolean.TRUE)
                .and(COLUMN_STATUS + " = ?", ActionStepStatus.OPEN.id())
                .and(COLUMN_DUE_DATE + " < ?", DayNumbers.bound(dueBefore))
                .and(COLUMN_ID + " > ?", (int) Math.max(afterId, 0));
        return select(openAndDue, ORDER_BY_ID_WITHOUT_ITS_INDEX, 0, limit);
    }

    // ---------------------------------------------------------------- the editor's reads and writes

    @Override
    public List<Versioned<ActionStep>> addToPage(long pageId, List<ActionStep> steps) {
        checkPageId(pageId);
        Objects.requireNonNull(steps, "steps");
        if (steps.isEmpty()) {
            return List.of();
        }
        if (steps.size() > MAX_STEPS_PER_PAGE) {
            throw tooManySteps(pageId, steps.size());
        }
        for (int i = 0; i < steps.size(); i++) {
            checkNewStep(pageId, steps, i);
        }
        return activeObjects.executeInTransaction(() -> {
            int onPage = activeObjects.count(ActionStepEntity.class, COLUMN_PAGE_ID + " = ?", pageId);
            if (onPage + steps.size() > MAX_STEPS_PER_PAGE) {
                throw tooManySteps(pageId, onPage + steps.size());
            }
            List<Versioned<ActionStep>> stored = new ArrayList<>(steps.size());
            for (ActionStep step : steps) {
                ActionStepEntity row = activeObjects.create(ActionStepEntity.class, ActionStepMapper.newRow(step));
                stored.add(new Versioned<>(step.withId(row.getID()), Versioned.FIRST_VERSION));
            }
            return stored;
        });
    }

    @Override
    public Optional<Versioned<ActionStep>> find(long stepId) {
        return visibleRow(stepId).map(ActionStepMapper::toVersioned);
    }

    @Override
    public List<Versioned<ActionStep>> findOnPage(long pageId) {
        checkPageId(pageId);
        ActionStepEntity[] rows = activeObjects.find(ActionStepEntity.class,
                visible().and(COLUMN_PAGE_ID + " = ?", pageId).toQuery().order(ORDER_BY_ID).limit(MAX_STEPS_PER_PAGE));
        return Arrays.stream(rows).map(ActionStepMapper::toVersioned).toList();
    }

    @Override
    public Versioned<ActionStep> update(long stepId, long expectedVersion, ActionStepDetails details, ChangedBy by) {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(by, "by");
        ActionStepMapper.checkStorable(details, "Action step " + stepId);
        ActionStepMapper.checkStorable(by, "Action step " + stepId);
        return activeObjects.executeInTransaction(() -> {
            ActionStepEntity row = lockedCurrentRow(stepId, expectedVersion);
            ActionStep current = ActionStepMapper.toStep(row);
            ActionStep changed = details.applyTo(current);
            return changed.equals(current) ? new Versioned<>(current, expectedVersion)
                    : write(current, changed.withLastChange(by.change(current, changed)), row);
        });
    }

    @Override
    public Versioned<ActionStep> changeStatus(long stepId, long expectedVersion, ActionStepStatus target,
            LocalDate today, ChangedBy by) {
        Objects.requireNonNull(by, "by");
        ActionStepMapper.checkStorable(by, "Action step " + stepId);
        if (today == null) {
            throw new IllegalArgumentException("Action step " + stepId + ": today's date is required to change"
                    + " the status.");
        }
        return activeObjects.executeInTransaction(() -> {
            ActionStepEntity row = lockedCurrentRow(stepId, expectedVersion);
            ActionStep current = ActionStepMapper.toStep(row);
            ActionStep moved = current.moveTo(target, today);
            if (moved.equals(current)) {
                return new Versioned<>(current, expectedVersion);
            }
            ActionStepMapper.checkStorable(moved, "Action step " + stepId);
            return write(current, moved.withLastChange(by.change(current, moved)), row);
        });
    }

    @Override
    public void delete(long stepId, long expectedVersion) {
        activeObjects.executeInTransaction(() -> {
            ActionStepEntity row = lockedCurrentRow(stepId, expectedVersion);
            activeObjects.deleteWithSQL(OverdueFlagEntity.class, OverdueFlagEntity.COLUMN_STEP_ID + " = ?",
                    (long) row.getID());
            activeObjects.delete(row);
            return null;
        });
    }

    // ---------------------------------------------------------------- the page's trash, restore and purge

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
        activeObjects.executeInTransaction(() -> {
            deleteSteps(COLUMN_PAGE_ID + " = ?", pageId);
            return null;
        });
    }

    @Override
    public void spaceRemoved(String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("Removed space: the space key is required.");
        }
        activeObjects.executeInTransaction(() -> {
            deleteSteps(COLUMN_SPACE_KEY + " = ?", spaceKey);
            return null;
        });
    }

    // ---------------------------------------------------------------- helpers

    private static Where visible() {
        return new Where(COLUMN_TRASHED + " = ?", Boolean.FALSE);
    }

    private static Where matching(ActionStepQuery query) {
        Where where = visible();
        if (query.spaceKey().isPresent()) {
            where = where.and(COLUMN_SPACE_KEY + " = ?", query.spaceKey().get());
        }
        if (query.ownerKey().isPresent()) {
            where = where.and(COLUMN_OWNER_KEY + " = ?", query.ownerKey().get().strip());
        }
        List<ActionStepStatus> statuses = query.statuses().stream().sorted().toList();
        where = where.and(COLUMN_STATUS + " IN (" + placeholders(statuses.size()) + ")",
                statuses.stream().map(ActionStepStatus::id).toArray());
        if (query.dueFrom().isPresent()) {
            where = where.and(COLUMN_DUE_DATE + " >= ?", DayNumbers.bound(query.dueFrom().get()));
        }
        if (query.dueTo().isPresent()) {
            where = where.and(COLUMN_DUE_DATE + " <= ?", DayNumbers.bound(query.dueTo().get()));
        }
        return where;
    }

    private int count(Where where) {
        return activeObjects.count(ActionStepEntity.class, where.toQuery());
    }

    private List<ActionStep> select(Where where, String order, int offset, int limit) {
        Query query = where.toQuery().order(order).limit(limit);
        if (offset > 0) {
            query = query.offset(offset);
        }
        return Arrays.stream(activeObjects.find(ActionStepEntity.class, query)).map(ActionStepMapper::toStep).toList();
    }

    private Optional<ActionStepEntity> visibleRow(long stepId) {
        if (stepId <= 0 || stepId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        ActionStepEntity[] rows = activeObjects.find(ActionStepEntity.class,
                visible().and(COLUMN_ID + " = ?", (int) stepId).toQuery());
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /**
     * The step's row at {@code expectedVersion}, write-locked until the transaction ends. The lock is taken by
     * rewriting the page id (which never changes) before the version is read again: a concurrent change that
     * committed in between is then seen, and one still running makes this wait, so two changes based on the same
     * version cannot both pass the check.
     */
    private ActionStepEntity lockedCurrentRow(long stepId, long expectedVersion) {
        String subject = "Action step " + stepId;
        ActionStepEntity current = RowLocks.lockedRow(subject, () -> visibleRow(stepId).orElse(null),
                row -> row.setPageId(row.getPageId()), () -> new ActionStepNotFoundException(stepId));
        if (current.getVersion() != expectedVersion) {
            throw ConcurrentUpdateException.staleVersion(subject, expectedVersion, current.getVersion());
        }
        return current;
    }

    private Versioned<ActionStep> write(ActionStep current, ActionStep changed, ActionStepEntity row) {
        int nextVersion = row.getVersion() + 1;
        ActionStepMapper.copyChanges(changed, row);
        row.setVersion(nextVersion);
        if (current.status() != changed.status() || !current.dueOn().equals(changed.dueOn())) {
            row.setNoticePending(noticePending(changed));
        }
        row.save();
        return new Versioned<>(changed, nextVersion);
    }

    /**
     * Whether the step's overdue notice is still owed: it is open, has a due date, and the ledger holds no notice
     * for that date. A step moved back to a date it was already reported for, or reopened, is not reported again.
     */
    private boolean noticePending(ActionStep step) {
        if (!ActionStepMapper.owesNotice(step)) {
            return false;
        }
        return activeObjects.count(OverdueFlagEntity.class, Query.select().where(OverdueFlagEntity.COLUMN_STEP_ID
                + " = ? AND " + OverdueFlagEntity.COLUMN_DUE_DATE + " = ?", step.id(),
                DayNumbers.of(step.dueOn().get()))) == 0;
    }

    private void setTrashed(long pageId, boolean trashed) {
        checkPageId(pageId);
        activeObjects.executeInTransaction(() -> {
            ActionStepEntity[] rows = activeObjects.find(ActionStepEntity.class,
                    Query.select().where(COLUMN_PAGE_ID + " = ? AND " + COLUMN_TRASHED + " = ?", pageId, !trashed));
            for (ActionStepEntity row : rows) {
                row.setTrashed(trashed);
                row.save();
            }
            return null;
        });
    }

    /** Deletes the matching steps and their overdue flags, a batch of ids at a time so no list grows unbounded. */
    private void deleteSteps(String criteria, Object value) {
        int afterId = 0;
        while (true) {
            ActionStepEntity[] batch = activeObjects.find(ActionStepEntity.class, Query.select(COLUMN_ID)
                    .where(criteria + " AND " + COLUMN_ID + " > ?", value, afterId)
                    .order(ORDER_BY_ID).limit(ID_BATCH_SIZE));
            if (batch.length == 0) {
                break;
            }
            Object[] stepIds = Arrays.stream(batch).map(row -> (long) row.getID()).toArray();
            activeObjects.deleteWithSQL(OverdueFlagEntity.class,
                    OverdueFlagEntity.COLUMN_STEP_ID + " IN (" + placeholders(stepIds.length) + ")", stepIds);
            afterId = batch[batch.length - 1].getID();
        }
        activeObjects.deleteWithSQL(ActionStepEntity.class, criteria, value);
    }

    private static void checkPageId(long pageId) {
        if (pageId <= 0) {
            throw new IllegalArgumentException("Action steps: the page id " + pageId
                    + " is not a page (page ids are positive).");
        }
    }

    private static void checkNewStep(long pageId, List<ActionStep> steps, int index) {
        ActionStep step = Objects.requireNonNull(steps.get(index), "steps[" + index + "]");
        String label = "Action step " + (index + 1) + " of " + steps.size();
        if (step.id() != ActionStep.UNSAVED_ID) {
            throw new IllegalArgumentException(label + ": it is already stored (id " + step.id() + ").");
        }
        if (step.pageId() != pageId) {
            throw new IllegalArgumentException(label + ": the page id is " + step.pageId() + ", not " + pageId + ".");
        }
        String firstSpace = steps.get(0).spaceKey();
        if (!step.spaceKey().equals(firstSpace)) {
            throw new IllegalArgumentException(label + ": the space key is " + step.spaceKey()
                    + ", but the page's steps are in " + firstSpace + ".");
        }
        ActionStepMapper.checkStorable(step, label);
    }

    private static IllegalArgumentException tooManySteps(long pageId, int wouldHold) {
        return new IllegalArgumentException("Action steps: page " + pageId + " would hold " + wouldHold
                + " steps; the limit is " + MAX_STEPS_PER_PAGE + " per page.");
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** A where-clause with its parameters, built from the column constants. */
    private record Where(String clause, List<Object> parameters) {

        Where(String clause, Object... parameters) {
            this(clause, List.of(parameters));
        }

        Where and(String condition, Object... conditionParameters) {
            List<Object> all = new ArrayList<>(parameters);
            all.addAll(List.of(conditionParameters));
            return new Where(clause + " AND " + condition, List.copyOf(all));
        }

        Query toQuery() {
            return Query.select().where(clause, parameters.toArray());
        }
    }
}
