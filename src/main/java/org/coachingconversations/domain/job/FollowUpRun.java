package org.coachingconversations.domain.job;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of the daily job, as its log keeps it.
 *
 * @param trigger who started it: {@link #SCHEDULED} or the user key of an administrator who chose "Run now"
 * @param resumeAfterId the last step id whose batch was committed; a later run continues after it
 * @param digestsQueued digests handed to the host's mail queue
 */
public record FollowUpRun(long id, String trigger, Instant startedAt, Optional<Instant> finishedAt, RunState state,
        long resumeAfterId, int stepsFlagged, int digestsQueued, List<String> errors) {

    public static final String SCHEDULED = "scheduled";

    public FollowUpRun {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(startedAt, "startedAt");
        finishedAt = finishedAt == null ? Optional.empty() : finishedAt;
        Objects.requireNonNull(state, "state");
        errors = List.copyOf(errors);
    }

    public boolean scheduled() {
        return SCHEDULED.equals(trigger);
    }
}
