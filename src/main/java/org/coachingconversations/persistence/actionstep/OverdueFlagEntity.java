package org.coachingconversations.persistence.actionstep;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One overdue flag: table {@code AO_16E8C7_OVERDUE_FLAG}. It is the overdue scan's ledger (was step S, due on D,
 * already flagged?) and what the follow-up dashboard shows (flagged on which day, whose step it was then).
 *
 * <p>The daily job writes a flag in the same transaction as the digest outbox row that tells its owner
 * ({@code AO_16E8C7_DIGEST_OUTBOX}, same step and due date), so the two cannot disagree after a crash; what became of
 * the e-mail is the outbox's to keep. Keying by due date lets a rescheduled step that slips again be flagged again.
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
