package org.coachingconversations.application.cyclerecord;

import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.acknowledgement.Acknowledgement;
import org.coachingconversations.domain.acknowledgement.AcknowledgementProgress;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * A Cycle Record's answer as one viewer, who may view the page, sees it: the record and its version, the teacher's
 * answer and its version, the stage, and what this viewer may do now.
 *
 * @param mayAnswer the viewer is the record's teacher and the record may be answered (finalized, not acknowledged)
 * @param mayFinalize the viewer is the record's observer and may mark it finalized today
 * @param viewerIsTeacher the viewer is the record's teacher, the only person who ever answers it
 * @param viewerIsObserver the viewer is the record's observer, the only person who finalizes it
 */
public record AcknowledgementStatus(
        Versioned<StoredCycleRecord> record,
        Optional<Versioned<Acknowledgement>> answer,
        AcknowledgementProgress.Stage stage,
        boolean mayAnswer,
        boolean mayFinalize,
        boolean viewerIsTeacher,
        boolean viewerIsObserver) {

    public AcknowledgementStatus {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(stage, "stage");
        answer = answer == null ? Optional.empty() : answer;
    }
}
