package org.coachingconversations.confluence.job;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.application.followup.RunDailyFollowUp;
import org.coachingconversations.domain.job.FollowUpRun;
import org.coachingconversations.domain.job.RunState;
import org.springframework.stereotype.Component;

/**
 * The runner of the {@code job-config} module {@value #JOB_KEY}: Confluence's scheduler calls it once per cluster
 * at the configured hour. It runs the one use case and reports its outcome in Scheduled Jobs; it never throws.
 */
@Component(DailyFollowUpJobRunner.BEAN_NAME)
public final class DailyFollowUpJobRunner implements JobRunner {

    /** The Spring bean the descriptor's {@code <job key>} names. */
    public static final String BEAN_NAME = "coachingDailyFollowUpJobRunner";
    /** The {@code job-config} key; never change it (the scheduler keeps the job and its history by it). */
    public static final String JOB_KEY = "coaching-daily-follow-up";

    private final RunDailyFollowUp dailyFollowUp;

    public DailyFollowUpJobRunner(RunDailyFollowUp dailyFollowUp) {
        this.dailyFollowUp = Objects.requireNonNull(dailyFollowUp, "dailyFollowUp");
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        Optional<FollowUpRun> run;
        try {
            run = dailyFollowUp.run(FollowUpRun.SCHEDULED);
        } catch (RuntimeException e) {
            return JobRunnerResponse.failed(e);
        }
        if (run.isEmpty()) {
            return JobRunnerResponse.aborted("Another run of the coaching follow-up job is in progress.");
        }
        FollowUpRun done = run.get();
        String summary = "Run " + done.id() + ": " + done.stepsFlagged() + " steps flagged, " + done.digestsQueued()
                + " digests queued, " + done.errors().size() + " errors.";
        if (done.state() == RunState.FAILED) {
            return JobRunnerResponse.failed(summary + " " + String.join(" ", done.errors()));
        }
        return JobRunnerResponse.success(summary);
    }
}
