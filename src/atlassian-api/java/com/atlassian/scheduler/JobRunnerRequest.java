package com.atlassian.scheduler;

/**
 * Compile-only stand-in: the information the scheduler passes to {@link JobRunner#runJob}, an interface. The plugin
 * reads none of its members (start time, job id, job config, cancellation), so none is declared. Checked against
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/index-all.html
 * (com.atlassian.scheduler.JobRunnerRequest, interface).
 */
public interface JobRunnerRequest {
}
