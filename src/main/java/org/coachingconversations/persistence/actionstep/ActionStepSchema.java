package org.coachingconversations.persistence.actionstep;

import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_DUE_DATE;
import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_ID;
import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_NOTICE_PENDING;
import static org.coachingconversations.persistence.actionstep.ActionStepEntity.COLUMN_STATUS;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import net.java.ao.Query;
import org.coachingconversations.domain.actionstep.ActionStepStatus;

/**
 * The action-step tables' part of the app's AO model upgrades, so that upgrade tasks can migrate these entities
 * without the entities leaving this package.
 *
 * <p>Model version 2 adds {@code ACTION_STEP.NOTICE_PENDING} and its index on {@code (NOTICE_PENDING, DUE_DATE)}:
 * true while the step is open, has a due date and the ledger holds no overdue notice for that date.
 */
public final class ActionStepSchema {

    /** Rows filled per transaction, so a large table never sits in memory at once. */
    static final int FILL_BATCH = 500;

    private ActionStepSchema() {
    }

    /**
     * Creates or alters the two tables to the current entities, then sets {@code NOTICE_PENDING} from each step's
     * status, due date and the ledger. Only rows that may owe a notice (open with a due date), or whose new column
     * the database left empty, are read; every other row keeps the column's default, false. Safe to run again: the
     * value depends only on the row and the ledger.
     */
    @SuppressWarnings("unchecked")
    public static void upgradeToVersion2(ActiveObjects activeObjects) {
        activeObjects.migrate(ActionStepEntity.class, OverdueFlagEntity.class);
        String mayOweNotice = COLUMN_ID + " > ? AND (" + COLUMN_NOTICE_PENDING + " IS NULL OR (" + COLUMN_STATUS
                + " = ? AND " + COLUMN_DUE_DATE + " IS NOT NULL))";
        int afterId = 0;
        ActionStepEntity[] batch;
        do {
            batch = activeObjects.find(ActionStepEntity.class, Query.select(COLUMN_ID + ", " + COLUMN_STATUS + ", "
                    + COLUMN_DUE_DATE).where(mayOweNotice, afterId, ActionStepStatus.OPEN.id()).order(COLUMN_ID)
                    .limit(FILL_BATCH));
            ActionStepEntity[] rows = batch;
            activeObjects.executeInTransaction(() -> {
                fill(activeObjects, rows);
                return null;
            });
            if (batch.length > 0) {
                afterId = batch[batch.length - 1].getID();
            }
        } while (batch.length == FILL_BATCH);
    }

    private static void fill(ActiveObjects activeObjects, ActionStepEntity[] rows) {
        if (rows.length == 0) {
            return;
        }
        Object[] stepIds = Arrays.stream(rows).map(row -> (long) row.getID()).toArray();
        Set<String> reported = new HashSet<>();
        for (OverdueFlagEntity flag : activeObjects.find(OverdueFlagEntity.class, Query.select()
                .where(OverdueFlagEntity.COLUMN_STEP_ID + " IN (" + AoActionStepRepository.placeholders(
                        stepIds.length) + ")", stepIds))) {
            reported.add(flag.getStepId() + "@" + flag.getDueDate());
        }
        for (ActionStepEntity row : rows) {
            boolean pending = ActionStepStatus.OPEN.id().equals(row.getStatus()) && row.getDueDate() != null
                    && !reported.contains(row.getID() + "@" + row.getDueDate());
            row.setNoticePending(pending);
            row.save();
        }
    }
}
