package org.coachingconversations.domain.job;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The log of the daily job's runs, kept for the whole cluster. */
public interface FollowUpRunLog {

    /** At most this many errors are kept per run; the rest are counted in the last one. */
    int MAX_ERRORS_KEPT = 20;

    /** Starts a run in state {@link RunState#RUNNING}, resuming after {@code resumeAfterId}; its id. */
    long start(String trigger, Instant startedAt, long resumeAfterId);

    /** The latest run still marked running, if any. */
    Optional<FollowUpRun> unfinished();

    /**
     * Records a committed batch: the new resume point and what it added. Joins the caller's transaction, so the
     * progress commits with the flags and outbox rows it counts.
     */
    void progress(long runId, long resumeAfterId, int stepsFlagged);

    /** Ends a run in {@code state} with the digests queued and the errors met (first {@link #MAX_ERRORS_KEPT}). */
    void finish(long runId, Instant finishedAt, RunState state, int digestsQueued, List<String> errors);

    Optional<FollowUpRun> find(long runId);

    /** The latest runs, newest first. */
    List<FollowUpRun> latest(int limit);
}
