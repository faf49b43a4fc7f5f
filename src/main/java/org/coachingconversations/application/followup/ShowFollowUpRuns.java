package org.coachingconversations.application.followup;

import java.util.List;
import java.util.Objects;
import org.coachingconversations.domain.job.FollowUpRun;
import org.coachingconversations.domain.job.FollowUpRunLog;
import org.springframework.stereotype.Component;

/** The daily job's latest runs, for the status page of Confluence administrators. */
@Component
public final class ShowFollowUpRuns {

    public static final int RUNS_SHOWN = 10;

    private final FollowUpRunLog runLog;

    public ShowFollowUpRuns(FollowUpRunLog runLog) {
        this.runLog = Objects.requireNonNull(runLog, "runLog");
    }

    /** Newest first, at most {@value #RUNS_SHOWN}. */
    public List<FollowUpRun> latest() {
        return runLog.latest(RUNS_SHOWN);
    }
}
