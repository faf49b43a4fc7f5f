package org.coachingconversations.domain.form;

import java.time.LocalDate;
import java.util.Objects;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.people.UserReference;

/**
 * What the post-conference Cycle Record wizard (seed 003) collects. Whether the conference falls
 * inside the school-day window after the observation is the timeline's judgement, not the form's.
 */
public record CycleRecordInput(
        UserReference teacher,
        UserReference observer,
        LocalDate observationDate,
        ObservationType observationType,
        LocalDate conferenceDate) implements ConversationInput {

    public CycleRecordInput {
        InputRules.requireDifferentPeople(teacher, observer, "observer");
        Objects.requireNonNull(observationDate, "observationDate");
        Objects.requireNonNull(observationType, "observationType");
        Objects.requireNonNull(conferenceDate, "conferenceDate");
        if (conferenceDate.isBefore(observationDate)) {
            throw new IllegalArgumentException("The post-conference cannot come before the observation");
        }
    }

    @Override
    public ConversationType type() {
        return ConversationType.CYCLE_RECORD;
    }
}
