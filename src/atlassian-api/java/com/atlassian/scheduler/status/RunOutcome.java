package com.atlassian.scheduler.status;

/**
 * Compile-only stand-in: "Indicates what the result was the last time that this job attempted to fire", an enum
 * in package com.atlassian.scheduler.status, see
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/status/package-summary.html
 * Only the constants a {@link com.atlassian.scheduler.JobRunnerResponse} factory gives are declared; the host's enum
 * also has UNAVAILABLE, and their order was not checked.
 */
public enum RunOutcome {
    SUCCESS,
    FAILED,
    ABORTED
}
