package org.coachingconversations.confluence.job;

import java.util.List;

/**
 * What the job's status page shows: plain text and addresses only (the host HTML-encodes every reference).
 * Immutable.
 */
public final class FollowUpJobView {

    private final String title;
    private final String introduction;
    private final String schedule;
    private final String message;
    private final String formAction;
    private final String xsrfToken;
    private final String runNow;
    private final String noRuns;
    private final List<String> columns;
    private final List<Run> runs;

    public FollowUpJobView(String title, String introduction, String schedule, String message, String formAction,
            String xsrfToken, String runNow, String noRuns, List<String> columns, List<Run> runs) {
        this.title = title;
        this.introduction = introduction;
        this.schedule = schedule;
        this.message = message == null ? "" : message;
        this.formAction = formAction;
        this.xsrfToken = xsrfToken == null ? "" : xsrfToken;
        this.runNow = runNow;
        this.noRuns = noRuns;
        this.columns = List.copyOf(columns);
        this.runs = List.copyOf(runs);
    }

    public String getTitle() {
        return title;
    }

    public String getIntroduction() {
        return introduction;
    }

    public String getSchedule() {
        return schedule;
    }

    public String getMessage() {
        return message;
    }

    public boolean isMessageShown() {
        return !message.isEmpty();
    }

    public String getFormAction() {
        return formAction;
    }

    public String getXsrfToken() {
        return xsrfToken;
    }

    public String getRunNow() {
        return runNow;
    }

    public String getNoRuns() {
        return noRuns;
    }

    public List<String> getColumns() {
        return columns;
    }

    public List<Run> getRuns() {
        return runs;
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    /** One run of the job, newest first. */
    public static final class Run {

        private final long id;
        private final String started;
        private final String finished;
        private final String trigger;
        private final String stateId;
        private final String state;
        private final int flagged;
        private final int queued;
        private final List<String> errors;

        public Run(long id, String started, String finished, String trigger, String stateId, String state,
                int flagged, int queued, List<String> errors) {
            this.id = id;
            this.started = started;
            this.finished = finished;
            this.trigger = trigger;
            this.stateId = stateId;
            this.state = state;
            this.flagged = flagged;
            this.queued = queued;
            this.errors = List.copyOf(errors);
        }

        public long getId() {
            return id;
        }

        public String getStarted() {
            return started;
        }

        public String getFinished() {
            return finished;
        }

        public String getTrigger() {
            return trigger;
        }

        public String getStateId() {
            return stateId;
        }

        public String getState() {
            return state;
        }

        public int getFlagged() {
            return flagged;
        }

        public int getQueued() {
            return queued;
        }

        public List<String> getErrors() {
            return errors;
        }
    }
}
