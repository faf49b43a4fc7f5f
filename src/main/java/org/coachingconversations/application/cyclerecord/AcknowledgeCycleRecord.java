package org.coachingconversations.application.cyclerecord;

import java.time.Clock;
import java.util.Objects;
import org.coachingconversations.domain.acknowledgement.Acknowledgement;
import org.coachingconversations.domain.acknowledgement.AcknowledgementKind;
import org.coachingconversations.domain.acknowledgement.AcknowledgementRefusedException;
import org.coachingconversations.domain.acknowledgement.AcknowledgementStore;
import org.coachingconversations.domain.cyclerecord.CycleRecordStore;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * The use case "a teacher acknowledges or objects to a Cycle Record" (seed 003): the answer is dated today in the
 * record's space, checked by {@link Acknowledgement#checkMayAnswer} (only the record's teacher, only once it is
 * finalized) before anything is written, and stored with the record's teacher-response date in one transaction by
 * the {@link AcknowledgementStore}. A first answer is {@link #answer}ed; a later one {@link #change}s it from the
 * version it was read at.
 *
 * <p>No Confluence entry point calls it yet; the acknowledgement control will.
 */
public final class AcknowledgeCycleRecord {

    private final CycleRecordStore cycleRecords;
    private final AcknowledgementStore acknowledgements;
    private final SpaceSettingsStore spaceSettings;
    private final Clock clock;

    public AcknowledgeCycleRecord(CycleRecordStore cycleRecords, AcknowledgementStore acknowledgements,
            SpaceSettingsStore spaceSettings, Clock clock) {
        this.cycleRecords = Objects.requireNonNull(cycleRecords, "cycleRecords");
        this.acknowledgements = Objects.requireNonNull(acknowledgements, "acknowledgements");
        this.spaceSettings = Objects.requireNonNull(spaceSettings, "spaceSettings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The teacher's first answer.
     *
     * @throws AcknowledgementRefusedException when the person is not the record's teacher or it is not finalized
     * @throws ConcurrentUpdateException when the record already has an answer
     * @throws IllegalStateException when the page has no stored Cycle Record
     */
    public Versioned<Acknowledgement> answer(long pageId, String teacherKey, AcknowledgementKind kind,
            String additionalInformation) {
        Acknowledgement acknowledgement = dated(pageId, teacherKey, kind, additionalInformation);
        return acknowledgements.answer(acknowledgement);
    }

    /**
     * Replaces the teacher's answer read at {@code expectedVersion}.
     *
     * @throws ConcurrentUpdateException when the stored answer has moved on
     */
    public Versioned<Acknowledgement> change(long pageId, String teacherKey, AcknowledgementKind kind,
            String additionalInformation, long expectedVersion) {
        Acknowledgement acknowledgement = dated(pageId, teacherKey, kind, additionalInformation);
        return acknowledgements.change(acknowledgement, expectedVersion);
    }

    private Acknowledgement dated(long pageId, String teacherKey, AcknowledgementKind kind,
            String additionalInformation) {
        StoredCycleRecord record = cycleRecords.find(pageId).map(Versioned::value).orElseThrow(() ->
                new IllegalStateException("Page " + pageId + " has no stored Cycle Record to acknowledge."));
        Acknowledgement acknowledgement = Acknowledgement.now(pageId, teacherKey, kind, additionalInformation, clock,
                spaceSettings.get(record.spaceKey()).calendar().zone());
        acknowledgement.checkMayAnswer(record);
        return acknowledgement;
    }
}
