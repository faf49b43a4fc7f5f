package org.coachingconversations.domain.followup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.guide.ObservationType;
import org.junit.Test;

/**
 * What every {@link CycleRecordRepository} does, the in-memory fake as much as the SQL. A subclass sets
 * {@link #target} in its {@code @Before} and stores the given records the way the app does.
 *
 * <p>Observations on Monday 2026-03-02 in a Monday-to-Friday calendar: with the default 2-5 school days the
 * conference is due 03-04 to 03-09.
 */
public abstract class CycleRecordRepositoryContract {

    protected static final String SPACE = "COACH";
    protected static final String OTHER_SPACE = "OTHER";
    protected static final ZoneId ZONE = ZoneId.of("America/Denver");
    /** The calendar both subclasses give every space, with the default timeline settings. */
    protected static final SchoolCalendar CALENDAR = SchoolCalendar.standard(ZONE);

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate WINDOW_OPENS = LocalDate.of(2026, 3, 4);
    private static final LocalDate WINDOW_CLOSES = LocalDate.of(2026, 3, 9);

    protected CycleRecordRepository target;

    /** Stores the records as the app does; a record with a teacher's answer is stored first, then answered. */
    protected abstract void givenStored(StoredCycleRecord... records);

    /** The page of this stored record went to the trash. */
    protected abstract void givenTrashed(long pageId);

    @Test
    public void findConferencesOutsideWindow_shouldListEarlyLateAndOverdueUnscheduledByObservationDateThenPage() {
        // Given
        givenStored(record(1).conferenceOn(WINDOW_OPENS).build(),
                record(2).conferenceOn(WINDOW_CLOSES).build(),
                record(4).conferenceOn(WINDOW_OPENS.minusDays(1)).build(),
                record(3).conferenceOn(WINDOW_CLOSES.plusDays(1)).build(),
                record(5).build(),
                record(6).observedOn(MONDAY.minusWeeks(1)).build(),
                record(7).space(OTHER_SPACE).conferenceOn(WINDOW_CLOSES.plusDays(1)).build());

        // When
        ResultPage<StoredCycleRecord> onLastDay = target.findConferencesOutsideWindow(SPACE, WINDOW_CLOSES,
                ResultPageRequest.first(10));
        ResultPage<StoredCycleRecord> dayAfter = target.findConferencesOutsideWindow(SPACE, WINDOW_CLOSES.plusDays(1),
                ResultPageRequest.first(10));

        // Then
        assertEquals(List.of(6L, 3L, 4L), pageIds(onLastDay));
        assertEquals(3, onLastDay.total());
        assertEquals(List.of(6L, 3L, 4L, 5L), pageIds(dayAfter));
        assertEquals(4, dayAfter.total());
    }

    @Test
    public void findAwaitingFinalization_shouldListHeldUnfinalizedConferencesByConferenceDateThenPage() {
        // Given
        givenStored(record(1).conferenceOn(WINDOW_CLOSES).build(),
                record(3).conferenceOn(WINDOW_OPENS).build(),
                record(2).conferenceOn(WINDOW_OPENS).build(),
                record(4).conferenceOn(WINDOW_OPENS).finalizedOn(WINDOW_CLOSES).build(),
                record(5).conferenceOn(WINDOW_CLOSES.plusDays(1)).build(),
                record(6).build(),
                record(7).space(OTHER_SPACE).conferenceOn(WINDOW_OPENS).build());

        // When
        ResultPage<StoredCycleRecord> found = target.findAwaitingFinalization(SPACE, WINDOW_CLOSES, ResultPageRequest.first(10));

        // Then
        assertEquals(List.of(2L, 3L, 1L), pageIds(found));
        assertEquals(3, found.total());
    }

    @Test
    public void findAwaitingAcknowledgement_shouldListUnansweredFinalizedRecordsByFinalizationDateThenPage() {
        // Given
        givenStored(record(1).conferenceOn(WINDOW_OPENS).finalizedOn(WINDOW_CLOSES).build(),
                record(3).conferenceOn(WINDOW_OPENS).finalizedOn(WINDOW_OPENS).build(),
                record(2).conferenceOn(WINDOW_OPENS).finalizedOn(WINDOW_OPENS).build(),
                record(4).conferenceOn(WINDOW_OPENS).finalizedOn(WINDOW_OPENS).answeredOn(WINDOW_CLOSES).build(),
                record(5).conferenceOn(WINDOW_OPENS).build(),
                record(6).space(OTHER_SPACE).conferenceOn(WINDOW_OPENS).finalizedOn(WINDOW_OPENS).build());

        // When
        ResultPage<StoredCycleRecord> found = target.findAwaitingAcknowledgement(SPACE, ResultPageRequest.first(10));

        // Then
        assertEquals(List.of(2L, 3L, 1L), pageIds(found));
        assertEquals(3, found.total());
    }

    @Test
    public void findAwaitingFinalization_shouldPageInOrderAndCountEveryMatch() {
        // Given
        givenStored(record(1).conferenceOn(WINDOW_OPENS).build(), record(2).conferenceOn(WINDOW_OPENS).build(),
                record(3).conferenceOn(WINDOW_OPENS).build(), record(4).conferenceOn(WINDOW_OPENS).build(),
                record(5).conferenceOn(WINDOW_OPENS).build());

        // When
        ResultPage<StoredCycleRecord> first = target.findAwaitingFinalization(SPACE, WINDOW_CLOSES, ResultPageRequest.first(2));
        ResultPage<StoredCycleRecord> second = target.findAwaitingFinalization(SPACE, WINDOW_CLOSES, first.request().next());
        ResultPage<StoredCycleRecord> last = target.findAwaitingFinalization(SPACE, WINDOW_CLOSES,
                second.request().next());
        ResultPage<StoredCycleRecord> beyond = target.findAwaitingFinalization(SPACE, WINDOW_CLOSES,
                last.request().next());

        // Then
        assertEquals(List.of(List.of(1L, 2L), List.of(3L, 4L), List.of(5L), List.of()),
                List.of(pageIds(first), pageIds(second), pageIds(last), pageIds(beyond)));
        assertEquals(List.of(5L, 5L, 5L, 5L), List.of(first.total(), second.total(), last.total(), beyond.total()));
        assertEquals(List.of(true, true, false, false),
                List.of(first.hasMore(), second.hasMore(), last.hasMore(), beyond.hasMore()));
    }

    @Test
    public void everyRead_shouldLeaveOutRecordsInTheTrash() {
        // Given
        givenStored(record(1).conferenceOn(WINDOW_CLOSES.plusDays(1)).build(),
                record(2).conferenceOn(WINDOW_OPENS).finalizedOn(WINDOW_CLOSES).build(),
                record(3).conferenceOn(WINDOW_OPENS).build(),
                record(4).conferenceOn(WINDOW_CLOSES.plusDays(1)).build(),
                record(5).conferenceOn(WINDOW_OPENS).finalizedOn(WINDOW_CLOSES).build(),
                record(6).conferenceOn(WINDOW_OPENS).build());
        givenTrashed(4);
        givenTrashed(5);
        givenTrashed(6);

        // When
        List<List<Long>> found = List.of(
                pageIds(target.findConferencesOutsideWindow(SPACE, WINDOW_CLOSES, ResultPageRequest.first(10))),
                pageIds(target.findAwaitingAcknowledgement(SPACE, ResultPageRequest.first(10))),
                pageIds(target.findAwaitingFinalization(SPACE, WINDOW_CLOSES, ResultPageRequest.first(10))));

        // Then
        assertEquals(List.of(List.of(1L), List.of(2L), List.of(3L)), found);
    }

    @Test
    public void everyRead_shouldRefuseABlankSpaceKey() {
        // When
        List<String> messages = List.of(
                assertThrows(IllegalArgumentException.class, () -> target.findConferencesOutsideWindow(" ",
                        WINDOW_CLOSES, ResultPageRequest.first(10))).getMessage(),
                assertThrows(IllegalArgumentException.class, () -> target.findAwaitingFinalization("",
                        WINDOW_CLOSES, ResultPageRequest.first(10))).getMessage(),
                assertThrows(IllegalArgumentException.class, () -> target.findAwaitingAcknowledgement(null,
                        ResultPageRequest.first(10))).getMessage());

        // Then
        assertEquals(List.of("Conferences outside their window: the space key is required.",
                "Records awaiting finalization: the space key is required.",
                "Records awaiting acknowledgement: the space key is required."), messages);
    }

    private static List<Long> pageIds(ResultPage<StoredCycleRecord> page) {
        return page.items().stream().map(StoredCycleRecord::pageId).toList();
    }

    private static RecordBuilder record(long pageId) {
        return new RecordBuilder(pageId);
    }

    /** A full observation on {@link #MONDAY} in {@link #SPACE}, as the builder methods change it. */
    private static final class RecordBuilder {
        private final long pageId;
        private String spaceKey = SPACE;
        private CycleRecordDates dates = CycleRecordDates.observed(MONDAY, ObservationType.FULL);

        private RecordBuilder(long pageId) {
            this.pageId = pageId;
        }

        RecordBuilder space(String key) {
            spaceKey = key;
            return this;
        }

        RecordBuilder observedOn(LocalDate date) {
            dates = CycleRecordDates.observed(date, ObservationType.FULL);
            return this;
        }

        RecordBuilder conferenceOn(LocalDate date) {
            dates = dates.withConferenceOn(date);
            return this;
        }

        RecordBuilder finalizedOn(LocalDate date) {
            dates = dates.withFinalizedOn(date);
            return this;
        }

        RecordBuilder answeredOn(LocalDate date) {
            dates = dates.withTeacherRespondedOn(date);
            return this;
        }

        StoredCycleRecord build() {
            return new StoredCycleRecord(pageId, spaceKey, "teacher-" + pageId, "observer-olu", dates);
        }
    }
}
