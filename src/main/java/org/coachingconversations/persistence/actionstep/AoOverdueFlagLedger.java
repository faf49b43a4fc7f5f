package org.coachingconversations.persistence.actionstep;

import static org.coachingconversations.persistence.actionstep.OverdueFlagEntity.COLUMN_DUE_DATE;
import static org.coachingconversations.persistence.actionstep.OverdueFlagEntity.COLUMN_FLAGGED_AT;
import static org.coachingconversations.persistence.actionstep.OverdueFlagEntity.COLUMN_OWNER_KEY;
import static org.coachingconversations.persistence.actionstep.OverdueFlagEntity.COLUMN_STEP_ID;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.java.ao.Query;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.followup.OverdueFlag;
import org.coachingconversations.domain.followup.OverdueFlagLedger;
import org.coachingconversations.persistence.rows.DayNumbers;
import org.springframework.stereotype.Component;

/**
 * The overdue notices sent, in {@link OverdueFlagEntity}. A step's flags are deleted with the step
 * ({@link AoActionStepRepository}); a flag of a trashed step stays, so restoring the page does not repeat a notice.
 * Recording a notice clears the step's {@code NOTICE_PENDING} in the same transaction, so the overdue scan no longer
 * reads it.
 */
@Component
public final class AoOverdueFlagLedger implements OverdueFlagLedger {

    /**
     * Candidates checked by one query: the overdue scan's largest batch, and within Oracle's limit of 1000 items
     * in an {@code IN} list.
     */
    static final int MAX_STEPS_PER_QUERY = 1000;

    private final ActiveObjects activeObjects;

    public AoOverdueFlagLedger(ActiveObjects activeObjects) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
    }

    @Override
    public Set<OverdueFlag> alreadyFlagged(Collection<OverdueFlag> candidates) {
        Objects.requireNonNull(candidates, "candidates");
        Set<OverdueFlag> wanted = Set.copyOf(candidates);
        List<Long> stepIds = wanted.stream().map(OverdueFlag::stepId).distinct().sorted().toList();
        Set<OverdueFlag> found = new HashSet<>();
        for (int from = 0; from < stepIds.size(); from += MAX_STEPS_PER_QUERY) {
            List<Long> chunk = stepIds.subList(from, Math.min(from + MAX_STEPS_PER_QUERY, stepIds.size()));
            OverdueFlagEntity[] rows = activeObjects.find(OverdueFlagEntity.class, Query.select()
                    .where(COLUMN_STEP_ID + " IN (" + AoActionStepRepository.placeholders(chunk.size()) + ")",
                            chunk.toArray()));
            for (OverdueFlagEntity row : rows) {
                OverdueFlag flag = ActionStepMapper.toFlag(row);
                if (wanted.contains(flag)) {
                    found.add(flag);
                }
            }
        }
        return found;
    }

    @Override
    public void record(Collection<ActionStep> reportedSteps, Instant sentAt) {
        Objects.requireNonNull(reportedSteps, "reportedSteps");
        if (sentAt == null) {
            throw new IllegalArgumentException("Overdue notices: the time they were sent is required.");
        }
        Map<OverdueFlag, ActionStep> byFlag = new LinkedHashMap<>();
        for (ActionStep step : reportedSteps) {
            if (step.id() == ActionStep.UNSAVED_ID) {
                throw new IllegalArgumentException("Overdue notices: a step that is not stored (\""
                        + step.description() + "\") cannot be recorded.");
            }
            byFlag.putIfAbsent(OverdueFlag.of(step), step);
        }
        if (byFlag.isEmpty()) {
            return;
        }
        activeObjects.executeInTransaction(() -> {
            Set<OverdueFlag> recordedBefore = alreadyFlagged(byFlag.keySet());
            Date flaggedAt = Date.from(sentAt);
            List<Map<String, Object>> rows = new ArrayList<>();
            byFlag.forEach((flag, step) -> {
                if (!recordedBefore.contains(flag)) {
                    Map<String, Object> row = new HashMap<>();
                    row.put(COLUMN_STEP_ID, flag.stepId());
                    row.put(COLUMN_DUE_DATE, DayNumbers.of(flag.dueOn()));
                    row.put(COLUMN_OWNER_KEY, step.ownerKey().orElse(null));
                    row.put(COLUMN_FLAGGED_AT, flaggedAt);
                    rows.add(row);
                }
            });
            // One multi-row insert per chunk: a night with thousands of new flags costs a few statements.
            for (int from = 0; from < rows.size(); from += MAX_STEPS_PER_QUERY) {
                activeObjects.create(OverdueFlagEntity.class,
                        rows.subList(from, Math.min(from + MAX_STEPS_PER_QUERY, rows.size())));
            }
            clearNoticePending(byFlag.keySet());
            return null;
        });
    }

    /**
     * The recorded steps no longer owe a notice for the recorded due date. A step rescheduled since the scan read
     * it keeps owing one for its new date.
     */
    private void clearNoticePending(Set<OverdueFlag> recorded) {
        Map<Long, Set<Integer>> recordedDueDates = new HashMap<>();
        for (OverdueFlag flag : recorded) {
            recordedDueDates.computeIfAbsent(flag.stepId(), id -> new HashSet<>())
                    .add(DayNumbers.of(flag.dueOn()));
        }
        List<Integer> stepIds = recordedDueDates.keySet().stream().filter(id -> id > 0 && id <= Integer.MAX_VALUE)
                .map(Long::intValue).sorted().toList();
        for (int from = 0; from < stepIds.size(); from += MAX_STEPS_PER_QUERY) {
            List<Integer> chunk = stepIds.subList(from, Math.min(from + MAX_STEPS_PER_QUERY, stepIds.size()));
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(Boolean.TRUE);
            Query pendingRows = Query.select().where(ActionStepEntity.COLUMN_ID + " IN ("
                    + AoActionStepRepository.placeholders(chunk.size()) + ") AND "
                    + ActionStepEntity.COLUMN_NOTICE_PENDING + " = ?", parameters.toArray());
            // Lock the rows before reading their due dates again (as the store does before a change): an edit that
            // moved the date and committed in between must not lose the notice it now owes for the new date.
            for (ActionStepEntity row : activeObjects.find(ActionStepEntity.class, pendingRows)) {
                row.setPageId(row.getPageId());
                row.save();
            }
            for (ActionStepEntity row : activeObjects.find(ActionStepEntity.class, pendingRows)) {
                if (row.getDueDate() != null && recordedDueDates.get((long) row.getID()).contains(row.getDueDate())) {
                    row.setNoticePending(false);
                    row.save();
                }
            }
        }
    }
}
