package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

/**
 * Compile-only stand-in: {@code public final class JobRunnerResponse} with its static factories
 * {@code success()}, {@code success(String message)}, {@code failed(String message)}, {@code failed(Throwable cause)},
 * {@code aborted(String message)} and the getters {@code RunOutcome getRunOutcome()} and {@code String getMessage()}.
 * Checked against
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/JobRunnerResponse.html
 * The outcome and message are kept because a response is nothing else.
 */
public final class JobRunnerResponse {

    private final RunOutcome runOutcome;
    private final String message;

    private JobRunnerResponse(RunOutcome runOutcome, String message) {
        this.runOutcome = runOutcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse(RunOutcome.SUCCESS, null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(RunOutcome.FAILED, String.valueOf(cause));
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(RunOutcome.ABORTED, message);
    }

    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    public String getMessage() {
        return message;
    }
}
