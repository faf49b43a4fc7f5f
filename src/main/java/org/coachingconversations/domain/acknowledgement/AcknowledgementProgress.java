package org.coachingconversations.domain.acknowledgement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;

/**
 * Where a Cycle Record stands on the way to the teacher's answer (seed 003), and what a given person may do next:
 * the observer finalizes it, then its teacher acknowledges receipt or objects; an objection may still be reworded or
 * turned into an acknowledgement, an acknowledgement is final ({@link Acknowledgement#checkMayReplace}).
 */
public record AcknowledgementProgress(StoredCycleRecord record, Optional<Acknowledgement> answer) {

    /** The stages in order. */
    public enum Stage {
        /** The observer has not finalized the record; nobody may answer yet. */
        AWAITING_FINALIZATION("awaiting-finalization"),
        /** Finalized; the teacher has not answered. */
        AWAITING_ANSWER("awaiting-answer"),
        /** The teacher objected; she may still change her answer. */
        OBJECTED("objected"),
        /** The teacher acknowledged receipt; read-only from now on. */
        ACKNOWLEDGED("acknowledged");

        private final String id;

        Stage(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public AcknowledgementProgress {
        Objects.requireNonNull(record, "record");
        answer = answer == null ? Optional.empty() : answer;
        answer.ifPresent(given -> {
            if (given.pageId() != record.pageId()) {
                throw new IllegalArgumentException("The answer on page " + given.pageId()
                        + " does not belong to the Cycle Record on page " + record.pageId() + ".");
            }
        });
    }

    public Stage stage() {
        if (answer.isPresent()) {
            return answer.get().kind() == AcknowledgementKind.ACKNOWLEDGED ? Stage.ACKNOWLEDGED : Stage.OBJECTED;
        }
        return record.dates().finalizedOn().isPresent() ? Stage.AWAITING_ANSWER : Stage.AWAITING_FINALIZATION;
    }

    /** Whether {@code personKey} may give or change the answer now: the record's teacher, before it is acknowledged. */
    public boolean mayAnswer(Optional<String> personKey) {
        Stage stage = stage();
        return personKey.filter(record.teacherKey()::equals).isPresent()
                && (stage == Stage.AWAITING_ANSWER || stage == Stage.OBJECTED);
    }

    /** Whether {@code personKey} may mark the record finalized on {@code today}. */
    public boolean mayFinalize(Optional<String> personKey, LocalDate today) {
        return personKey.isPresent() && record.finalizationRefusal(personKey.get(), today).isEmpty();
    }

    /** Whether {@code personKey} is the record's teacher, the only person who ever answers it. */
    public boolean isTeacher(Optional<String> personKey) {
        return personKey.filter(record.teacherKey()::equals).isPresent();
    }

    /** Whether {@code personKey} is the record's observer, the only person who finalizes it. */
    public boolean isObserver(Optional<String> personKey) {
        return personKey.filter(record.observerKey()::equals).isPresent();
    }
}
