package org.coachingconversations.persistence.job;

import static org.coachingconversations.persistence.job.FollowUpRunEntity.COLUMN_DIGESTS_QUEUED;
import static org.coachingconversations.persistence.job.FollowUpRunEntity.COLUMN_ID;
import static org.coachingconversations.persistence.job.FollowUpRunEntity.COLUMN_RESUME_AFTER_ID;
import static org.coachingconversations.persistence.job.FollowUpRunEntity.COLUMN_STARTED_AT;
import static org.coachingconversations.persistence.job.FollowUpRunEntity.COLUMN_STATE;
import static org.coachingconversations.persistence.job.FollowUpRunEntity.COLUMN_STEPS_FLAGGED;
import static org.coachingconversations.persistence.job.FollowUpRunEntity.COLUMN_TRIGGERED_BY;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.coachingconversations.domain.job.FollowUpRun;
import org.coachingconversations.domain.job.FollowUpRunLog;
import org.coachingconversations.domain.job.RunState;
import org.springframework.stereotype.Component;

/** The daily job's run log in {@link FollowUpRunEntity}. */
@Component
public final class AoFollowUpRunLog implements FollowUpRunLog {

    private static final int MAX_ERROR_LENGTH = 1000;

    private final ActiveObjects activeObjects;

    public AoFollowUpRunLog(ActiveObjects activeObjects) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
    }

    @Override
    public long start(String trigger, Instant startedAt, long resumeAfterId) {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(startedAt, "startedAt");
        return activeObjects.executeInTransaction(() -> activeObjects.create(FollowUpRunEntity.class,
                new DBParam(COLUMN_TRIGGERED_BY, trigger),
                new DBParam(COLUMN_STARTED_AT, Date.from(startedAt)),
                new DBParam(COLUMN_STATE, RunState.RUNNING.name()),
                new DBParam(COLUMN_RESUME_AFTER_ID, Math.max(resumeAfterId, 0)),
                new DBParam(COLUMN_STEPS_FLAGGED, 0),
                new DBParam(COLUMN_DIGESTS_QUEUED, 0)).getID());
    }

    @Override
    public Optional<FollowUpRun> unfinished() {
        FollowUpRunEntity[] rows = activeObjects.find(FollowUpRunEntity.class, Query.select()
                .where(COLUMN_STATE + " = ?", RunState.RUNNING.name()).order(COLUMN_ID + " DESC").limit(1));
        return Arrays.stream(rows).findFirst().map(AoFollowUpRunLog::toRun);
    }

    @Override
    public void progress(long runId, long resumeAfterId, int stepsFlagged) {
        activeObjects.executeInTransaction(() -> {
            FollowUpRunEntity row = row(runId);
            row.setResumeAfterId(resumeAfterId);
            row.setStepsFlagged(row.getStepsFlagged() + stepsFlagged);
            row.save();
            return null;
        });
    }

    @Override
    public void finish(long runId, Instant finishedAt, RunState state, int digestsQueued, List<String> errors) {
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (state == RunState.RUNNING) {
            throw new IllegalArgumentException("Follow-up run " + runId + ": a run cannot finish as running.");
        }
        activeObjects.executeInTransaction(() -> {
            FollowUpRunEntity row = row(runId);
            row.setFinishedAt(Date.from(finishedAt));
            row.setState(state.name());
            row.setDigestsQueued(digestsQueued);
            row.setErrors(errors.isEmpty() ? null : String.join("\n", kept(errors)));
            row.save();
            return null;
        });
    }

    @Override
    public Optional<FollowUpRun> find(long runId) {
        return byId(runId).map(AoFollowUpRunLog::toRun);
    }

    @Override
    public List<FollowUpRun> latest(int limit) {
        if (limit < 1) {
            return List.of();
        }
        return Arrays.stream(activeObjects.find(FollowUpRunEntity.class, Query.select()
                .order(COLUMN_ID + " DESC").limit(limit))).map(AoFollowUpRunLog::toRun).toList();
    }

    private FollowUpRunEntity row(long runId) {
        return byId(runId).orElseThrow(() -> new IllegalArgumentException("Follow-up run " + runId
                + " is not in the run log."));
    }

    private Optional<FollowUpRunEntity> byId(long runId) {
        if (runId <= 0 || runId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Arrays.stream(activeObjects.find(FollowUpRunEntity.class, Query.select()
                .where(COLUMN_ID + " = ?", (int) runId))).findFirst();
    }

    /** The first errors, each cut to a readable length, and how many more there were. */
    private static List<String> kept(List<String> errors) {
        List<String> kept = new ArrayList<>();
        for (String error : errors.subList(0, Math.min(errors.size(), MAX_ERRORS_KEPT))) {
            String oneLine = error.replace('\n', ' ').replace('\r', ' ');
            kept.add(oneLine.length() > MAX_ERROR_LENGTH ? oneLine.substring(0, MAX_ERROR_LENGTH) + "\u2026"
                    : oneLine);
        }
        if (errors.size() > MAX_ERRORS_KEPT) {
            kept.add("\u2026 and " + (errors.size() - MAX_ERRORS_KEPT) + " more.");
        }
        return kept;
    }

    private static FollowUpRun toRun(FollowUpRunEntity row) {
        String errors = row.getErrors();
        return new FollowUpRun(row.getID(), row.getTriggeredBy(), row.getStartedAt().toInstant(),
                Optional.ofNullable(row.getFinishedAt()).map(Date::toInstant), RunState.valueOf(row.getState()),
                row.getResumeAfterId(), row.getStepsFlagged(), row.getDigestsQueued(),
                errors == null || errors.isEmpty() ? List.of() : List.of(errors.split("\n")));
    }
}
