package org.coachingconversations.domain.job;

/** Where a run of the daily job is. */
public enum RunState {
    /** Started and not ended; after a crash it stays so until the next run takes over its resume point. */
    RUNNING,
    /** Walked every step and tried every waiting digest; some recipients may have failed (see the errors). */
    FINISHED,
    /** Stopped by an error before the scan ended; the next run resumes from its resume point. */
    FAILED,
    /** Found still running by a later run (the node stopped); that run resumed from its resume point. */
    INTERRUPTED
}
