package org.coachingconversations.persistence.actionstep;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One overdue notice that was sent: table {@code AO_16E8C7_OVERDUE_FLAG}. It is both the overdue scan's ledger
 * (was step S, due on D, already reported?) and the record of the daily digest (who was told, and when).
 *
 * <p>They are one table on purpose: the job records a flag exactly when the digest holding it was sent, with the
 * same key (step and due date), so two tables would hold the same fact twice and could disagree after a crash
 * between their writes. Keying by due date lets a rescheduled step that slips again be reported again.
 *
 * <p>{@code DUE_DATE} is {@code yyyymmdd} as in {@link ActionStepEntity}; {@code OWNER_KEY} is the step's owner at
 * the time the notice was sent (NULL when the step had none). {@code STEP_ID} is a plain number rather than a
 * foreign key: the repository deletes a step's flags with the step.
 */
@Table("OverdueFlag")
public interface OverdueFlagEntity extends Entity {

    String COLUMN_STEP_ID = "STEP_ID";
    String COLUMN_DUE_DATE = "DUE_DATE";
    String COLUMN_OWNER_KEY = "OWNER_KEY";
    String COLUMN_FLAGGED_AT = "FLAGGED_AT";

    @NotNull
    @Indexed
    long getStepId();

    void setStepId(long stepId);

    @NotNull
    int getDueDate();

    void setDueDate(int dueDate);

    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @NotNull
    Date getFlaggedAt();

    void setFlaggedAt(Date flaggedAt);
}
