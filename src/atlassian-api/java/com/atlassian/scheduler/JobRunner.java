package com.atlassian.scheduler;

/**
 * Compile-only stand-in: {@code @PublicSpi public interface JobRunner} with {@code @Nullable JobRunnerResponse
 * runJob(JobRunnerRequest request)}, called by the scheduler when it is time for a job to run; the runner is
 * expected to catch its own exceptions and report them with {@link JobRunnerResponse#failed(String)}. Checked against
 * https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html and the
 * {@code job-config} module of https://developer.atlassian.com/server/confluence/job-config-module/ (the
 * {@code <job key>} names the runner's Spring bean).
 */
public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
