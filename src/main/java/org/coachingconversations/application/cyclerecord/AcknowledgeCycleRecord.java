package org.coachingconversations.application.cyclerecord;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.acknowledgement.Acknowledgement;
import org.coachingconversations.domain.acknowledgement.AcknowledgementKind;
import org.coachingconversations.domain.acknowledgement.AcknowledgementProgress;
import org.coachingconversations.domain.acknowledgement.AcknowledgementRefusedException;
import org.coachingconversations.domain.acknowledgement.AcknowledgementStore;
import org.coachingconversations.domain.acknowledgement.InvalidAcknowledgementException;
import org.coachingconversations.domain.cyclerecord.CycleRecordStore;
import org.coachingconversations.domain.cyclerecord.FinalizationRefusedException;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The use cases of the acknowledgement control on a Cycle Record (seed 003), each for one person: see where the record
 * stands, the observer marks it finalized, the teacher acknowledges receipt or objects.
 *
 * <p>Every call first asks whether the person may view the page; when they may not, or the page has no stored Cycle
 * Record, the answer is empty, the same for both, so a page's existence never leaks. Who may answer or finalize
 * comes from the stored record (its teacher, its observer), never from the page's text. Answers are dated today in
 * the record's space and checked by the domain before the stores write them ({@link Acknowledgement#checkMayAnswer},
 * {@link Acknowledgement#checkMayReplace}, {@link StoredCycleRecord#finalizedBy}); the stores check again under the
 * record's row lock.
 */
public final class AcknowledgeCycleRecord {

    private static final Logger LOG = LoggerFactory.getLogger(AcknowledgeCycleRecord.class);

    private final CycleRecordStore cycleRecords;
    private final AcknowledgementStore acknowledgements;
    private final SpaceSettingsStore spaceSettings;
    private final PagePermissions pagePermissions;
    private final Clock clock;

    public AcknowledgeCycleRecord(CycleRecordStore cycleRecords, AcknowledgementStore acknowledgements,
            SpaceSettingsStore spaceSettings, PagePermissions pagePermissions, Clock clock) {
        this.cycleRecords = Objects.requireNonNull(cycleRecords, "cycleRecords");
        this.acknowledgements = Objects.requireNonNull(acknowledgements, "acknowledgements");
        this.spaceSettings = Objects.requireNonNull(spaceSettings, "spaceSettings");
        this.pagePermissions = Objects.requireNonNull(pagePermissions, "pagePermissions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Where the page's Cycle Record stands for this viewer; empty when they may not view it or there is none. */
    public Optional<AcknowledgementStatus> show(long pageId, Optional<String> viewerKey) {
        return viewable(pageId, viewerKey).map(record -> status(record, viewerKey));
    }

    /**
     * The teacher's answer: the first one when {@code expectedVersion} is empty, else a change of the answer read at
     * that version.
     *
     * @return the record's status after the answer; empty when the person may not view the page or it has no record
     * @throws AcknowledgementRefusedException when the person is not the record's teacher, the record is not
     *     finalized, or it is acknowledged already
     * @throws ConcurrentUpdateException when there is an answer already (first answer) or it has moved on (change)
     * @throws InvalidAcknowledgementException when the text does not fit the kind ({@link Acknowledgement#problemWith})
     */
    public Optional<AcknowledgementStatus> answer(long pageId, Optional<String> personKey, AcknowledgementKind kind,
            String additionalInformation, OptionalLong expectedVersion) {
        Optional<Versioned<StoredCycleRecord>> found = viewable(pageId, personKey);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredCycleRecord record = found.get().value();
        String teacher = personKey.orElseThrow();
        if (!record.teacherKey().equals(teacher)) {
            throw new AcknowledgementRefusedException(AcknowledgementRefusedException.Reason.NOT_THE_TEACHER,
                    "Only the teacher of the Cycle Record on page " + pageId + " may acknowledge or object to it.");
        }
        Acknowledgement.problemWith(kind, additionalInformation).ifPresent(problem -> {
            throw new InvalidAcknowledgementException(problem);
        });
        Acknowledgement acknowledgement = Acknowledgement.now(pageId, teacher, kind, additionalInformation, clock,
                zone(record));
        acknowledgement.checkMayAnswer(record);
        if (expectedVersion.isPresent()) {
            acknowledgements.change(acknowledgement, expectedVersion.getAsLong());
        } else {
            acknowledgements.answer(acknowledgement);
        }
        return show(pageId, personKey);
    }

    /**
     * The observer marks the record finalized today, from the record version she saw.
     *
     * @return the record's status afterwards; empty when the person may not view the page or it has no record
     * @throws FinalizationRefusedException when the person is not the observer, the post-conference is still to come,
     *     or the record is finalized already
     * @throws ConcurrentUpdateException when the record has moved on from {@code expectedRecordVersion}
     */
    public Optional<AcknowledgementStatus> markFinalized(long pageId, Optional<String> personKey,
            long expectedRecordVersion) {
        Optional<Versioned<StoredCycleRecord>> found = viewable(pageId, personKey);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Versioned<StoredCycleRecord> record = found.get();
        LocalDate today = today(record.value());
        if (record.version() != expectedRecordVersion) {
            record.value().finalizationRefusal(personKey.orElse(null), today)
                    .filter(refusal -> refusal.reason() == FinalizationRefusedException.Reason.NOT_THE_OBSERVER)
                    .ifPresent(refusal -> {
                        throw refusal;
                    });
            throw ConcurrentUpdateException.staleVersion("Cycle Record on page " + pageId, expectedRecordVersion,
                    record.version());
        }
        StoredCycleRecord finalized = record.value().finalizedBy(personKey.orElse(null), today);
        cycleRecords.markFinalized(pageId, finalized.dates().finalizedOn().orElseThrow(), expectedRecordVersion);
        return show(pageId, personKey);
    }

    private Optional<Versioned<StoredCycleRecord>> viewable(long pageId, Optional<String> personKey) {
        if (pageId <= 0 || personKey.isEmpty() || !mayView(personKey, pageId)) {
            return Optional.empty();
        }
        return cycleRecords.find(pageId);
    }

    /** A permission check that fails counts as "may not view": nothing is shown or changed. */
    private boolean mayView(Optional<String> personKey, long pageId) {
        try {
            return pagePermissions.canView(personKey, pageId);
        } catch (RuntimeException e) {
            LOG.error("Could not check whether user {} may view page {}; treating the Cycle Record as not found.",
                    personKey.orElse("(anonymous)"), pageId, e);
            return false;
        }
    }

    private AcknowledgementStatus status(Versioned<StoredCycleRecord> record, Optional<String> viewerKey) {
        Optional<Versioned<Acknowledgement>> answer = acknowledgements.find(record.value().pageId());
        AcknowledgementProgress progress = new AcknowledgementProgress(record.value(), answer.map(Versioned::value));
        return new AcknowledgementStatus(record, answer, progress.stage(), progress.mayAnswer(viewerKey),
                progress.mayFinalize(viewerKey, today(record.value())), progress.isTeacher(viewerKey),
                progress.isObserver(viewerKey));
    }

    private ZoneId zone(StoredCycleRecord record) {
        return spaceSettings.get(record.spaceKey()).calendar().zone();
    }

    private LocalDate today(StoredCycleRecord record) {
        return spaceSettings.get(record.spaceKey()).calendar().today(clock);
    }
}
