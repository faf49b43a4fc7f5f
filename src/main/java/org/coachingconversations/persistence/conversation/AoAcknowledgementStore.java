package org.coachingconversations.persistence.conversation;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;
import org.coachingconversations.domain.acknowledgement.Acknowledgement;
import org.coachingconversations.domain.acknowledgement.AcknowledgementStore;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;
import org.springframework.stereotype.Component;
import org.coachingconversations.persistence.rows.DayNumbers;

/**
 * Teachers' answers in {@code AO_16E8C7_ACKNOWLEDGEMENT}. Each write first locks the page's Cycle
 * Record row, then checks the rules against the record as committed, so two answers to one record
 * are serialized and the second sees the first.
 *
 * <p>The record keeps the date of the first answer as its teacher response date (that is when the
 * teacher's step was done); a changed answer updates the record's acknowledgement state only.
 */
@Component
public class AoAcknowledgementStore implements AcknowledgementStore {

    private static final String WHAT = "Acknowledgement";

    private final ActiveObjects activeObjects;

    public AoAcknowledgementStore(ActiveObjects activeObjects) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
    }

    @Override
    public Versioned<Acknowledgement> answer(Acknowledgement acknowledgement) {
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        WriteChecks.date(WHAT + " on page " + acknowledgement.pageId(), "answer date", acknowledgement.respondedOn());
        return activeObjects.executeInTransaction(() -> {
            CycleRecordEntity record = CycleRecordRows.lockedRow(activeObjects, acknowledgement.pageId());
            acknowledgement.checkMayAnswer(ConversationMapper.toCycleRecord(record));
            AcknowledgementEntity existing = row(acknowledgement.pageId());
            if (existing != null) {
                throw ConcurrentUpdateException.alreadyStored(WHAT + " on page " + acknowledgement.pageId(),
                        existing.getVersion());
            }
            // The domain record checks the answer date against the finalization date once more.
            StoredCycleRecord answered = withResponse(ConversationMapper.toCycleRecord(record), acknowledgement);
            record.setTeacherRespondedOn(DayNumbers.of(acknowledgement.respondedOn()));
            record.setAcknowledgementState(AcknowledgementState.of(acknowledgement.kind()).name());
            record.setVersion(record.getVersion() + 1);
            record.save();
            AcknowledgementEntity created = activeObjects.create(AcknowledgementEntity.class,
                    ConversationMapper.acknowledgementColumns(acknowledgement, answered.spaceKey()));
            return ConversationMapper.toVersionedAcknowledgement(created);
        });
    }

    @Override
    public Versioned<Acknowledgement> change(Acknowledgement acknowledgement, long expectedVersion) {
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        WriteChecks.date(WHAT + " on page " + acknowledgement.pageId(), "answer date", acknowledgement.respondedOn());
        return activeObjects.executeInTransaction(() -> {
            CycleRecordEntity record = CycleRecordRows.lockedRow(activeObjects, acknowledgement.pageId());
            acknowledgement.checkMayAnswer(ConversationMapper.toCycleRecord(record));
            AcknowledgementEntity row = row(acknowledgement.pageId());
            if (row == null) {
                throw new IllegalStateException(WHAT + " on page " + acknowledgement.pageId()
                        + " does not exist yet; answer the record first.");
            }
            if (row.getVersion() != expectedVersion) {
                throw ConcurrentUpdateException.staleVersion(WHAT + " on page " + acknowledgement.pageId(),
                        expectedVersion, row.getVersion());
            }
            Acknowledgement replacement = acknowledgement.replacing(
                    ConversationMapper.toVersionedAcknowledgement(row).value());
            record.setAcknowledgementState(AcknowledgementState.of(replacement.kind()).name());
            record.setVersion(record.getVersion() + 1);
            record.save();
            ConversationMapper.copyInto(replacement, row);
            row.setVersion(expectedVersion + 1);
            row.save();
            return ConversationMapper.toVersionedAcknowledgement(row);
        });
    }

    @Override
    public Optional<Versioned<Acknowledgement>> find(long pageId) {
        WriteChecks.pageId(WHAT, pageId);
        AcknowledgementEntity row = row(pageId);
        return row == null || row.isTrashed() ? Optional.empty()
                : Optional.of(ConversationMapper.toVersionedAcknowledgement(row));
    }

    private AcknowledgementEntity row(long pageId) {
        AcknowledgementEntity[] rows = activeObjects.find(AcknowledgementEntity.class,
                Query.select().where(AcknowledgementEntity.COLUMN_PAGE_ID + " = ?", pageId));
        return rows.length == 0 ? null : rows[0];
    }

    private static StoredCycleRecord withResponse(StoredCycleRecord record, Acknowledgement acknowledgement) {
        return new StoredCycleRecord(record.pageId(), record.spaceKey(), record.teacherKey(), record.observerKey(),
                record.dates().withTeacherRespondedOn(acknowledgement.respondedOn()));
    }
}
