package org.coachingconversations.domain.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.timeline.CycleRecordTimeline;
import org.coachingconversations.domain.timeline.DueWindow;

/**
 * Cycle Records in a list. Like the database, it keeps each record's post-conference window as
 * computed when the record was saved, leaves out pages in the trash and refuses a blank space key;
 * {@link InMemoryCycleRecordRepositoryTest} holds it to the contract the SQL repository passes.
 */
public final class InMemoryCycleRecordRepository implements CycleRecordRepository {

    private record Row(StoredCycleRecord record, DueWindow storedWindow) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Set<Long> trashedPages = new HashSet<>();
    private final SpaceSettingsStore settings;

    public InMemoryCycleRecordRepository(SpaceSettingsStore settings) {
        this.settings = settings;
    }

    public InMemoryCycleRecordRepository save(StoredCycleRecord... records) {
        for (StoredCycleRecord record : records) {
            CycleRecordTimeline timeline = new CycleRecordTimeline(settings.get(record.spaceKey()).timeline(),
                    settings.get(record.spaceKey()).calendar());
            rows.add(new Row(record, timeline.conferenceWindow(record.dates().observedOn())));
        }
        return this;
    }

    public InMemoryCycleRecordRepository trash(long pageId) {
        trashedPages.add(pageId);
        return this;
    }

    private Stream<Row> rowsOf(String what, String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException(what + ": the space key is required.");
        }
        return rows.stream()
                .filter(row -> row.record().spaceKey().equals(spaceKey))
                .filter(row -> !trashedPages.contains(row.record().pageId()));
    }

    @Override
    public ResultPage<StoredCycleRecord> findConferencesOutsideWindow(String spaceKey, LocalDate today, ResultPageRequest page) {
        return ResultPages.of(rowsOf("Conferences outside their window", spaceKey)
                .filter(row -> row.record().dates().conferenceOn()
                        .map(conference -> !row.storedWindow().contains(conference))
                        .orElse(row.storedWindow().latest().isBefore(today)))
                .map(Row::record)
                .sorted(Comparator.comparing((StoredCycleRecord record) -> record.dates().observedOn())
                        .thenComparingLong(StoredCycleRecord::pageId))
                .toList(), page);
    }

    @Override
    public ResultPage<StoredCycleRecord> findAwaitingFinalization(String spaceKey, LocalDate today, ResultPageRequest page) {
        return ResultPages.of(rowsOf("Records awaiting finalization", spaceKey)
                .map(Row::record)
                .filter(record -> record.dates().conferenceOn().filter(date -> !date.isAfter(today)).isPresent())
                .filter(record -> record.dates().finalizedOn().isEmpty())
                .sorted(Comparator.comparing((StoredCycleRecord record) -> record.dates().conferenceOn().get())
                        .thenComparingLong(StoredCycleRecord::pageId))
                .toList(), page);
    }

    @Override
    public ResultPage<StoredCycleRecord> findAwaitingAcknowledgement(String spaceKey, ResultPageRequest page) {
        return ResultPages.of(rowsOf("Records awaiting acknowledgement", spaceKey)
                .map(Row::record)
                .filter(record -> record.dates().finalizedOn().isPresent())
                .filter(record -> record.dates().teacherRespondedOn().isEmpty())
                .sorted(Comparator.comparing((StoredCycleRecord record) -> record.dates().finalizedOn().get())
                        .thenComparingLong(StoredCycleRecord::pageId))
                .toList(), page);
    }
}
