package org.coachingconversations.persistence.job;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One run of the daily follow-up job: table {@code AO_16E8C7_FOLLOW_UP_RUN}. {@code RESUME_AFTER_ID} and
 * {@code STEPS_FLAGGED} are updated in the transaction of each batch they count; {@code FINISHED_AT} is NULL while
 * the run is {@code RUNNING}. {@code ERRORS} holds one error per line.
 */
@Table("FollowUpRun")
public interface FollowUpRunEntity extends Entity {

    String COLUMN_ID = "ID";
    String COLUMN_TRIGGERED_BY = "TRIGGERED_BY";
    String COLUMN_STARTED_AT = "STARTED_AT";
    String COLUMN_FINISHED_AT = "FINISHED_AT";
    String COLUMN_STATE = "STATE";
    String COLUMN_RESUME_AFTER_ID = "RESUME_AFTER_ID";
    String COLUMN_STEPS_FLAGGED = "STEPS_FLAGGED";
    String COLUMN_DIGESTS_QUEUED = "DIGESTS_QUEUED";
    String COLUMN_ERRORS = "ERRORS";

    @NotNull
    String getTriggeredBy();

    void setTriggeredBy(String triggeredBy);

    @NotNull
    Date getStartedAt();

    void setStartedAt(Date startedAt);

    Date getFinishedAt();

    void setFinishedAt(Date finishedAt);

    @NotNull
    @Indexed
    String getState();

    void setState(String state);

    @NotNull
    @Default("0")
    long getResumeAfterId();

    void setResumeAfterId(long resumeAfterId);

    @NotNull
    @Default("0")
    int getStepsFlagged();

    void setStepsFlagged(int stepsFlagged);

    @NotNull
    @Default("0")
    int getDigestsQueued();

    void setDigestsQueued(int digestsQueued);

    @StringLength(StringLength.UNLIMITED)
    String getErrors();

    void setErrors(String errors);
}
