package org.coachingconversations.persistence.actionstep;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepChange;
import org.coachingconversations.domain.actionstep.ActionStepChangeKind;
import org.coachingconversations.domain.actionstep.ActionStepDetails;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.actionstep.ChangedBy;
import org.coachingconversations.domain.followup.OverdueFlag;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.persistence.rows.DayNumbers;

/**
 * Between the domain's records and the rows: column values, the dates (as {@link DayNumbers}), and the checks that a
 * valid domain value also fits its column, made before anything is sent to the database.
 */
final class ActionStepMapper {

    private ActionStepMapper() {
    }

    static Versioned<ActionStep> toVersioned(ActionStepEntity row) {
        return new Versioned<>(toStep(row), row.getVersion());
    }

    static ActionStep toStep(ActionStepEntity row) {
        ActionStepStatus status = ActionStepStatus.fromId(row.getStatus()).orElseThrow(() -> new IllegalStateException(
                "Action step " + row.getID() + ": the stored status '" + row.getStatus() + "' is unknown."));
        ParticipantRole role = ParticipantRole.fromId(row.getOwnerRole()).orElseThrow(() -> new IllegalStateException(
                "Action step " + row.getID() + ": the stored role '" + row.getOwnerRole() + "' is unknown."));
        return new ActionStep(row.getID(), row.getPageId(), row.getSpaceKey(), Optional.ofNullable(row.getOwnerKey()),
                role, row.getDescription(), DayNumbers.toOptionalDate(row.getDueDate()), status,
                DayNumbers.toOptionalDate(row.getCompletedDate()), lastChange(row));
    }

    /**
     * The recorded last change; none when the row has none (stored before the columns existed). A kind this version
     * does not know (written by a later one) still says who and when, as "changed its details".
     */
    private static Optional<ActionStepChange> lastChange(ActionStepEntity row) {
        String by = row.getLastChangedBy();
        Long at = row.getLastChangedAt();
        if (by == null || by.isBlank() || at == null) {
            return Optional.empty();
        }
        ActionStepChangeKind kind = ActionStepChangeKind.fromId(row.getLastChange())
                .orElse(ActionStepChangeKind.EDITED);
        return Optional.of(new ActionStepChange(by, Instant.ofEpochMilli(at), kind));
    }

    /** The columns of a new row at the first version, visible (not trashed). */
    static Map<String, Object> newRow(ActionStep step) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(ActionStepEntity.COLUMN_PAGE_ID, step.pageId());
        columns.put(ActionStepEntity.COLUMN_SPACE_KEY, step.spaceKey());
        columns.put(ActionStepEntity.COLUMN_OWNER_KEY, step.ownerKey().orElse(null));
        columns.put(ActionStepEntity.COLUMN_OWNER_ROLE, step.role().id());
        columns.put(ActionStepEntity.COLUMN_DESCRIPTION, step.description());
        columns.put(ActionStepEntity.COLUMN_DUE_DATE, DayNumbers.ofOptional(step.dueOn()));
        columns.put(ActionStepEntity.COLUMN_STATUS, step.status().id());
        columns.put(ActionStepEntity.COLUMN_COMPLETED_DATE, DayNumbers.ofOptional(step.completedOn()));
        columns.put(ActionStepEntity.COLUMN_LAST_CHANGED_BY, step.lastChange().map(ActionStepChange::byUserKey)
                .orElse(null));
        columns.put(ActionStepEntity.COLUMN_LAST_CHANGED_AT, step.lastChange().map(change -> change.at().toEpochMilli())
                .orElse(null));
        columns.put(ActionStepEntity.COLUMN_LAST_CHANGE, step.lastChange().map(change -> change.kind().id())
                .orElse(null));
        columns.put(ActionStepEntity.COLUMN_VERSION, (int) Versioned.FIRST_VERSION);
        columns.put(ActionStepEntity.COLUMN_TRASHED, Boolean.FALSE);
        // A new id has no overdue notice yet.
        columns.put(ActionStepEntity.COLUMN_NOTICE_PENDING, owesNotice(step));
        return columns;
    }

    /**
     * Whether the step can become overdue at all: open and with a due date. {@code NOTICE_PENDING} is this, unless
     * the ledger already holds a notice for the step's current due date.
     */
    static boolean owesNotice(ActionStep step) {
        return step.isOpen() && step.dueOn().isPresent();
    }

    /** Copies what a change may alter: owner, role, description, due date, status, completion date, last change. */
    static void copyChanges(ActionStep step, ActionStepEntity row) {
        row.setOwnerKey(step.ownerKey().orElse(null));
        row.setOwnerRole(step.role().id());
        row.setDescription(step.description());
        row.setDueDate(DayNumbers.ofOptional(step.dueOn()));
        row.setStatus(step.status().id());
        row.setCompletedDate(DayNumbers.ofOptional(step.completedOn()));
        row.setLastChangedBy(step.lastChange().map(ActionStepChange::byUserKey).orElse(null));
        row.setLastChangedAt(step.lastChange().map(change -> change.at().toEpochMilli()).orElse(null));
        row.setLastChange(step.lastChange().map(change -> change.kind().id()).orElse(null));
    }

    static OverdueFlag toFlag(OverdueFlagEntity row) {
        return new OverdueFlag(row.getStepId(), DayNumbers.toOptionalDate(row.getDueDate()).orElseThrow());
    }

    /**
     * Refuses what the domain accepts but a column cannot hold: a key longer than its VARCHAR, a date outside
     * four-digit years. The domain already limits the description to {@value ActionStep#MAX_DESCRIPTION_LENGTH}.
     *
     * @param label names the step in the message, e.g. "Action step 2 of 3"
     */
    static void checkStorable(ActionStep step, String label) {
        checkKeyLength(label, "space key", step.spaceKey());
        step.ownerKey().ifPresent(owner -> checkKeyLength(label, "owner key", owner));
        step.lastChange().ifPresent(change -> checkKeyLength(label, "key of who changed it", change.byUserKey()));
        step.dueOn().ifPresent(due -> DayNumbers.checkStorable(label, "due date", due));
        step.completedOn().ifPresent(completed -> DayNumbers.checkStorable(label, "completion date", completed));
    }

    static void checkStorable(ActionStepDetails details, String label) {
        details.ownerKey().ifPresent(owner -> checkKeyLength(label, "owner key", owner));
        details.dueOn().ifPresent(due -> DayNumbers.checkStorable(label, "due date", due));
    }

    static void checkStorable(ChangedBy by, String label) {
        checkKeyLength(label, "key of who changed it", by.userKey());
    }

    private static void checkKeyLength(String label, String field, String value) {
        int length = value.codePointCount(0, value.length());
        if (length > ActionStepEntity.KEY_MAX_LENGTH) {
            throw new IllegalArgumentException(label + ": the " + field + " has " + length
                    + " characters; the limit is " + ActionStepEntity.KEY_MAX_LENGTH + ".");
        }
    }
}
