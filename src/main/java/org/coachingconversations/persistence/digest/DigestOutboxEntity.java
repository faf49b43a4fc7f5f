package org.coachingconversations.persistence.digest;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One line a person is owed in an overdue digest: table {@code AO_16E8C7_DIGEST_OUTBOX}. Written in the same
 * transaction as the step's flag in {@code AO_16E8C7_OVERDUE_FLAG}; settled ({@code OUTCOME} set) before its mail
 * is handed to the host, so a row is sent at most once. {@code OUTCOME} is NULL while the row waits.
 *
 * <p>{@code STEP_ID}, {@code DUE_DATE} ({@code yyyymmdd}) and {@code RECIPIENT_KEY} identify the line; the store
 * never writes a second row with the same three. {@code STEP_TEXT} is the step's text when it was flagged; the page
 * title is read when the digest is sent, never stored here.
 */
@Table("DigestOutbox")
public interface DigestOutboxEntity extends Entity {

    String COLUMN_ID = "ID";
    String COLUMN_STEP_ID = "STEP_ID";
    String COLUMN_DUE_DATE = "DUE_DATE";
    String COLUMN_RECIPIENT_KEY = "RECIPIENT_KEY";
    String COLUMN_PAGE_ID = "PAGE_ID";
    String COLUMN_SPACE_KEY = "SPACE_KEY";
    String COLUMN_STEP_TEXT = "STEP_TEXT";
    String COLUMN_RUN_ID = "RUN_ID";
    String COLUMN_QUEUED_AT = "QUEUED_AT";
    String COLUMN_OUTCOME = "OUTCOME";
    String COLUMN_SETTLED_AT = "SETTLED_AT";

    @NotNull
    @Indexed
    long getStepId();

    void setStepId(long stepId);

    @NotNull
    int getDueDate();

    void setDueDate(int dueDate);

    @NotNull
    @Indexed
    String getRecipientKey();

    void setRecipientKey(String recipientKey);

    @NotNull
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** Unlimited because a step's 2000 characters exceed a VARCHAR(255). */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getStepText();

    void setStepText(String stepText);

    @NotNull
    long getRunId();

    void setRunId(long runId);

    @NotNull
    Date getQueuedAt();

    void setQueuedAt(Date queuedAt);

    @Indexed
    String getOutcome();

    void setOutcome(String outcome);

    Date getSettledAt();

    void setSettledAt(Date settledAt);
}
