package org.coachingconversations.domain.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coachingconversations.domain.conversation.StoredCycleRecord;
import org.coachingconversations.domain.timeline.CycleRecordTimeline;
import org.coachingconversations.domain.timeline.DueWindow;

/**
 * Cycle Records in a list. Like the database, it keeps each record's post-conference window as
 * computed when the record was saved.
 */
final class InMemoryCycleRecordRepository implements CycleRecordRepository {

    private record Row(StoredCycleRecord record, DueWindow storedWindow) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final SpaceSchedules schedules;

    InMemoryCycleRecordRepository(SpaceSchedules schedules) {
        this.schedules = schedules;
    }

    InMemoryCycleRecordRepository save(StoredCycleRecord... records) {
        for (StoredCycleRecord record : records) {
            CycleRecordTimeline timeline = new CycleRecordTimeline(schedules.timelineSettingsFor(record.spaceKey()),
                    schedules.calendarFor(record.spaceKey()));
            rows.add(new Row(record, timeline.conferenceWindow(record.dates().observedOn())));
        }
        return this;
    }

    @Override
    public Page<StoredCycleRecord> findConferencesOutsideWindow(String spaceKey, LocalDate today, PageRequest page) {
        return Pages.of(rows.stream()
                .filter(row -> row.record().spaceKey().equals(spaceKey))
                .filter(row -> row.record().dates().conferenceOn()
                        .map(conference -> !row.storedWindow().contains(conference))
                        .orElse(row.storedWindow().latest().isBefore(today)))
                .map(Row::record)
                .sorted(Comparator.comparing((StoredCycleRecord record) -> record.dates().observedOn())
                        .thenComparingLong(StoredCycleRecord::pageId))
                .toList(), page);
    }

    @Override
    public Page<StoredCycleRecord> findAwaitingFinalization(String spaceKey, LocalDate today, PageRequest page) {
        return Pages.of(rows.stream()
                .map(Row::record)
                .filter(record -> record.spaceKey().equals(spaceKey))
                .filter(record -> record.dates().conferenceOn().filter(date -> !date.isAfter(today)).isPresent())
                .filter(record -> record.dates().finalizedOn().isEmpty())
                .sorted(Comparator.comparing((StoredCycleRecord record) -> record.dates().conferenceOn().get())
                        .thenComparingLong(StoredCycleRecord::pageId))
                .toList(), page);
    }

    @Override
    public Page<StoredCycleRecord> findAwaitingAcknowledgement(String spaceKey, PageRequest page) {
        return Pages.of(rows.stream()
                .map(Row::record)
                .filter(record -> record.spaceKey().equals(spaceKey))
                .filter(record -> record.dates().finalizedOn().isPresent())
                .filter(record -> record.dates().teacherRespondedOn().isEmpty())
                .sorted(Comparator.comparing((StoredCycleRecord record) -> record.dates().finalizedOn().get())
                        .thenComparingLong(StoredCycleRecord::pageId))
                .toList(), page);
    }
}
