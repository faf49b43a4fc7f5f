package org.coachingconversations.persistence.conversation;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;
import org.coachingconversations.domain.cyclerecord.CycleRecordStore;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.followup.CycleRecordRepository;
import org.coachingconversations.domain.followup.ResultPage;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.timeline.CycleRecordTimeline;
import org.coachingconversations.domain.timeline.DueWindow;
import org.coachingconversations.domain.timeline.Milestone;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.coachingconversations.persistence.rows.DayNumbers;

/**
 * Cycle Records in {@code AO_16E8C7_CYCLE_RECORD}, each with its post-conference window as the
 * space's settings gave it when the row was written. Every read leaves out pages in the trash.
 */
@Component
public class AoCycleRecordRepository implements CycleRecordRepository, CycleRecordStore {

    /** Rows rewritten per read while recomputing a space's windows. */
    static final int RECOMPUTE_BATCH = 200;

    private static final String WHAT = "Cycle Record";
    private static final String NOT_TRASHED = CycleRecordEntity.COLUMN_TRASHED + " = ?";
    private static final String IN_SPACE = CycleRecordEntity.COLUMN_SPACE_KEY + " = ? AND " + NOT_TRASHED;

    private final ActiveObjects activeObjects;
    private final SpaceSettingsStore settings;

    private final Clock clock;

    @Autowired
    public AoCycleRecordRepository(ActiveObjects activeObjects, SpaceSettingsStore settings) {
        this(activeObjects, settings, Clock.systemUTC());
    }

    /**
     * @param clock the day, in the space's time zone, for which the record's milestones are rewritten: its
     *     post-conference counts as completed only once its date has come
     */
    public AoCycleRecordRepository(ActiveObjects activeObjects, SpaceSettingsStore settings, Clock clock) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // --- Reads for the dashboards ----------------------------------------------------------------

    @Override
    public ResultPage<StoredCycleRecord> findConferencesOutsideWindow(String spaceKey, LocalDate today, ResultPageRequest page) {
        WriteChecks.spaceKey("Conferences outside their window", spaceKey);
        WriteChecks.date("Conferences outside their window", "date of today", today);
        String placement = CycleRecordEntity.COLUMN_CONFERENCE_PLACEMENT;
        String where = IN_SPACE + " AND (" + placement + " IN (?, ?) OR (" + placement + " = ? AND "
                + CycleRecordEntity.COLUMN_CONFERENCE_LATEST + " < ?))";
        Object[] parameters = {spaceKey, false, ConferencePlacement.EARLY.name(), ConferencePlacement.LATE.name(),
                ConferencePlacement.UNSCHEDULED.name(), DayNumbers.bound(today)};
        return PagedQueries.page(activeObjects, CycleRecordEntity.class, where, parameters,
                CycleRecordEntity.COLUMN_OBSERVED_ON + ", " + CycleRecordEntity.COLUMN_PAGE_ID, page,
                ConversationMapper::toCycleRecord);
    }

    @Override
    public ResultPage<StoredCycleRecord> findAwaitingFinalization(String spaceKey, LocalDate today, ResultPageRequest page) {
        WriteChecks.spaceKey("Records awaiting finalization", spaceKey);
        WriteChecks.date("Records awaiting finalization", "date of today", today);
        String where = IN_SPACE + " AND " + CycleRecordEntity.COLUMN_CONFERENCE_ON + " <= ? AND "
                + CycleRecordEntity.COLUMN_FINALIZED_ON + " IS NULL";
        return PagedQueries.page(activeObjects, CycleRecordEntity.class, where,
                new Object[] {spaceKey, false, DayNumbers.bound(today)},
                CycleRecordEntity.COLUMN_CONFERENCE_ON + ", " + CycleRecordEntity.COLUMN_PAGE_ID, page,
                ConversationMapper::toCycleRecord);
    }

    @Override
    public ResultPage<StoredCycleRecord> findAwaitingAcknowledgement(String spaceKey, ResultPageRequest page) {
        WriteChecks.spaceKey("Records awaiting acknowledgement", spaceKey);
        String where = IN_SPACE + " AND " + CycleRecordEntity.COLUMN_ACKNOWLEDGEMENT_STATE + " = ? AND "
                + CycleRecordEntity.COLUMN_FINALIZED_ON + " IS NOT NULL";
        return PagedQueries.page(activeObjects, CycleRecordEntity.class, where,
                new Object[] {spaceKey, false, AcknowledgementState.NONE.name()},
                CycleRecordEntity.COLUMN_FINALIZED_ON + ", " + CycleRecordEntity.COLUMN_PAGE_ID, page,
                ConversationMapper::toCycleRecord);
    }

    // --- Writes ----------------------------------------------------------------------------------

    @Override
    public Versioned<StoredCycleRecord> register(StoredCycleRecord record) {
        Objects.requireNonNull(record, "record");
        WriteChecks.check(record);
        if (record.dates().teacherRespondedOn().isPresent()) {
            throw new IllegalArgumentException(WHAT + " on page " + record.pageId() + ": a new record cannot carry"
                    + " the teacher's acknowledgement date; the teacher answers once it is finalized.");
        }
        DueWindow window = conferenceWindow(record);
        return activeObjects.executeInTransaction(() -> {
            CycleRecordEntity existing = CycleRecordRows.row(activeObjects, record.pageId());
            if (existing != null) {
                throw new IllegalStateException(WHAT + " on page " + record.pageId() + " is already stored"
                        + (existing.isTrashed() ? " (the page is in the trash)" : "") + "; update it instead.");
            }
            // Two registrations of one page at once: the unique PAGE_ID refuses the second insert.
            CycleRecordEntity created = activeObjects.create(CycleRecordEntity.class,
                    ConversationMapper.cycleRecordColumns(record, window));
            return ConversationMapper.toVersionedCycleRecord(created);
        });
    }

    @Override
    public Versioned<StoredCycleRecord> update(StoredCycleRecord record, long expectedVersion) {
        Objects.requireNonNull(record, "record");
        WriteChecks.check(record);
        CycleRecordTimeline timeline = timeline(record.spaceKey());
        DueWindow window = timeline.conferenceWindow(record.dates().observedOn());
        return activeObjects.executeInTransaction(() -> {
            CycleRecordEntity row = CycleRecordRows.lockedRow(activeObjects, record.pageId());
            checkVersion(row, expectedVersion);
            Optional<LocalDate> storedResponse = DayNumbers.toOptionalDate(row.getTeacherRespondedOn());
            if (!storedResponse.equals(record.dates().teacherRespondedOn())) {
                throw new IllegalArgumentException(WHAT + " on page " + record.pageId()
                        + ": the teacher acknowledgement date cannot be changed by editing the record (stored: "
                        + storedResponse.map(LocalDate::toString).orElse("none") + "); the teacher answers it.");
            }
            ConversationMapper.copyInto(record, window, row);
            row.setVersion(expectedVersion + 1);
            row.save();
            refreshMilestones(timeline, record);
            return ConversationMapper.toVersionedCycleRecord(row);
        });
    }

    @Override
    public Versioned<StoredCycleRecord> markFinalized(long pageId, LocalDate finalizedOn, long expectedVersion) {
        WriteChecks.pageId(WHAT, pageId);
        Objects.requireNonNull(finalizedOn, "finalizedOn");
        WriteChecks.date(WHAT + " on page " + pageId, "finalization date", finalizedOn);
        return activeObjects.executeInTransaction(() -> {
            CycleRecordEntity row = CycleRecordRows.lockedRow(activeObjects, pageId);
            checkVersion(row, expectedVersion);
            StoredCycleRecord record = ConversationMapper.toCycleRecord(row);
            // The domain record checks the order: a conference date first, finalization not before it.
            StoredCycleRecord finalized = new StoredCycleRecord(pageId, record.spaceKey(), record.teacherKey(),
                    record.observerKey(), record.dates().withFinalizedOn(finalizedOn));
            row.setFinalizedOn(DayNumbers.of(finalizedOn));
            row.setVersion(expectedVersion + 1);
            row.save();
            refreshMilestones(timeline(record.spaceKey()), finalized);
            return new Versioned<>(finalized, row.getVersion());
        });
    }

    @Override
    public Optional<Versioned<StoredCycleRecord>> find(long pageId) {
        WriteChecks.pageId(WHAT, pageId);
        CycleRecordEntity row = CycleRecordRows.row(activeObjects, pageId);
        return row == null || row.isTrashed() ? Optional.empty()
                : Optional.of(ConversationMapper.toVersionedCycleRecord(row));
    }

    @Override
    public int recomputeConferenceWindows(String spaceKey) {
        WriteChecks.spaceKey("Conference windows", spaceKey);
        CycleRecordTimeline timeline = timeline(spaceKey);
        int updated = 0;
        int afterId = 0;
        while (true) {
            int lastId = afterId;
            CycleRecordEntity[] batch = activeObjects.find(CycleRecordEntity.class, Query.select()
                    .where(CycleRecordEntity.COLUMN_SPACE_KEY + " = ? AND ID > ?", spaceKey, lastId)
                    .order("ID").limit(RECOMPUTE_BATCH));
            if (batch.length == 0) {
                return updated;
            }
            updated += activeObjects.executeInTransaction(() -> {
                for (CycleRecordEntity row : batch) {
                    ConversationMapper.copyInto(timeline.conferenceWindow(DayNumbers.toDate(row.getObservedOn())), row);
                    row.save();
                    if (!row.isTrashed()) {
                        refreshMilestones(timeline, ConversationMapper.toCycleRecord(row));
                    }
                }
                return batch.length;
            });
            afterId = batch[batch.length - 1].getID();
        }
    }

    private DueWindow conferenceWindow(StoredCycleRecord record) {
        return timeline(record.spaceKey()).conferenceWindow(record.dates().observedOn());
    }

    private CycleRecordTimeline timeline(String spaceKey) {
        SpaceSettings space = settings.get(spaceKey);
        return new CycleRecordTimeline(space.timeline(), space.calendar());
    }

    /**
     * The record's milestones are a second stored copy of its windows: rewritten, in the caller's transaction, with
     * every write that can move them, so that they never disagree with the record's columns.
     */
    private void refreshMilestones(CycleRecordTimeline timeline, StoredCycleRecord record) {
        LocalDate today = settings.get(record.spaceKey()).calendar().today(clock);
        List<Milestone> stored = AoMilestoneStore.stored(activeObjects, record.pageId());
        AoMilestoneStore.write(activeObjects, record.pageId(), record.spaceKey(),
                timeline.refreshed(stored, record.dates(), today));
    }

    private static void checkVersion(CycleRecordEntity row, long expectedVersion) {
        if (row.getVersion() != expectedVersion) {
            throw ConcurrentUpdateException.staleVersion(WHAT + " on page " + row.getPageId(), expectedVersion,
                    row.getVersion());
        }
    }
}
