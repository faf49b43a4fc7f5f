package org.coachingconversations.persistence.conversation;

import static org.coachingconversations.persistence.conversation.ConversationTestData.MONDAY;
import static org.coachingconversations.persistence.conversation.ConversationTestData.OTHER_SPACE;
import static org.coachingconversations.persistence.conversation.ConversationTestData.SPACE;
import static org.coachingconversations.persistence.conversation.ConversationTestData.aCycleRecord;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.followup.ResultPage;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.timeline.SchoolDayWindow;
import org.coachingconversations.domain.timeline.TimelineSettings;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/** Observations on Monday 2026-03-02: with the seed's 2-5 school days, the conference is due 03-04 to 03-09. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ConversationTables.class)
public class AoCycleRecordRepositoryTest {

    private static final LocalDate WINDOW_OPENS = LocalDate.of(2026, 3, 4);
    private static final LocalDate WINDOW_CLOSES = LocalDate.of(2026, 3, 9);

    private EntityManager entityManager;
    private EntityManagerActiveObjects activeObjects;
    private TestSchedules schedules;
    private AoCycleRecordRepository target;

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        schedules = new TestSchedules();
        target = new AoCycleRecordRepository(activeObjects, schedules);
    }

    @Test
    public void register_shouldStoreEveryDateAtVersionZero() {
        // Given
        StoredCycleRecord record = aCycleRecord().page(7).observedOn(LocalDate.of(2028, 2, 25), ObservationType.FOCUSED)
                .reflectionSharedOn(LocalDate.of(2028, 2, 28)).ratingsSharedOn(LocalDate.of(2028, 2, 28))
                .conferenceOn(LocalDate.of(2028, 2, 29)).finalizedOn(LocalDate.of(2028, 3, 1))
                .followUp(LocalDate.of(2028, 3, 20), LocalDate.of(2028, 3, 21)).build();

        // When
        Versioned<StoredCycleRecord> registered = target.register(record);

        // Then
        assertEquals(new Versioned<>(record, 0), registered);
        assertEquals(new Versioned<>(record, 0), target.find(7).orElseThrow());
    }

    @Test
    public void register_shouldRefuseARecordThatCarriesATeacherAnswer() {
        // Given
        StoredCycleRecord answered = new StoredCycleRecord(7, SPACE, "teacher-ana", "observer-olu",
                aCycleRecord().conferenceOn(WINDOW_OPENS).finalizedOn(WINDOW_CLOSES).build().dates()
                        .withTeacherRespondedOn(WINDOW_CLOSES));

        // When
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> target.register(answered));

        // Then
        assertEquals("Cycle Record on page 7: a new record cannot carry the teacher's acknowledgement date; the"
                + " teacher answers once it is finalized.", thrown.getMessage());
        assertEquals(0, activeObjects.count(CycleRecordEntity.class));
    }

    @Test
    public void register_shouldRefuseBadInputNamingTheField() {
        // When
        List<String> messages = List.of(
                AoConversationRepositoryTest.messageOf(() -> target.register(aCycleRecord().page(0).build())),
                AoConversationRepositoryTest.messageOf(() -> target.register(aCycleRecord().teacher("t".repeat(300))
                        .build())));

        // Then
        assertEquals(List.of("Cycle Record: the page id 0 is not a page.",
                "Cycle Record on page 2001: the teacher's user key has 300 characters; at most 255 fit."), messages);
    }

    @Test
    public void findConferencesOutsideWindow_shouldListEarlyLateAndOverdueUnscheduledByObservationDate() {
        // Given
        target.register(aCycleRecord().page(1).conferenceOn(WINDOW_OPENS).build());
        target.register(aCycleRecord().page(2).conferenceOn(WINDOW_CLOSES).build());
        target.register(aCycleRecord().page(3).conferenceOn(WINDOW_OPENS.minusDays(1)).build());
        target.register(aCycleRecord().page(4).conferenceOn(WINDOW_CLOSES.plusDays(1)).build());
        target.register(aCycleRecord().page(5).build());
        target.register(aCycleRecord().page(6).observedOn(MONDAY.minusWeeks(1), ObservationType.SHORT).build());
        target.register(aCycleRecord().page(7).space(OTHER_SPACE).build());

        // When
        ResultPage<StoredCycleRecord> onLastDay = target.findConferencesOutsideWindow(SPACE, WINDOW_CLOSES,
                ResultPageRequest.first(10));
        ResultPage<StoredCycleRecord> dayAfter = target.findConferencesOutsideWindow(SPACE, WINDOW_CLOSES.plusDays(1),
                ResultPageRequest.first(10));

        // Then
        assertEquals(List.of(6L, 3L, 4L), pageIds(onLastDay));
        assertEquals(List.of(6L, 3L, 4L, 5L), pageIds(dayAfter));
        assertEquals(4, dayAfter.total());
    }

    @Test
    public void register_shouldStoreTheWindowOfTheSpacesOwnCalendar() {
        // Given
        schedules.calendar(SPACE, SchoolCalendar.builder(TestSchedules.ZONE)
                .holiday("Spring break", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 6)).build());
        target.register(aCycleRecord().page(1).conferenceOn(WINDOW_CLOSES).build());
        target.register(aCycleRecord().page(2).space(OTHER_SPACE).conferenceOn(WINDOW_CLOSES).build());

        // When
        ResultPage<StoredCycleRecord> early = target.findConferencesOutsideWindow(SPACE, WINDOW_CLOSES, ResultPageRequest.first(10));
        ResultPage<StoredCycleRecord> elsewhere = target.findConferencesOutsideWindow(OTHER_SPACE, WINDOW_CLOSES,
                ResultPageRequest.first(10));

        // Then: school resumes on the 9th, so two school days after the observation is the 10th
        assertEquals(List.of(1L), pageIds(early));
        assertEquals(List.of(), pageIds(elsewhere));
    }

    @Test
    public void recomputeConferenceWindows_shouldApplyChangedSettingsToStoredRecords() {
        // Given
        target.register(aCycleRecord().page(1).conferenceOn(WINDOW_CLOSES).build());
        target.register(aCycleRecord().page(2).conferenceOn(WINDOW_OPENS).build());
        target.register(aCycleRecord().page(3).space(OTHER_SPACE).conferenceOn(WINDOW_CLOSES).build());
        schedules.settings(SPACE, TimelineSettings.defaults().withConferenceAfterObservation(SchoolDayWindow.of(1, 2)));
        schedules.settings(OTHER_SPACE, TimelineSettings.defaults()
                .withConferenceAfterObservation(SchoolDayWindow.of(1, 2)));

        // When
        int updated = target.recomputeConferenceWindows(SPACE);

        // Then
        assertEquals(2, updated);
        assertEquals(List.of(1L), pageIds(target.findConferencesOutsideWindow(SPACE, WINDOW_OPENS,
                ResultPageRequest.first(10))));
        assertEquals(List.of(), pageIds(target.findConferencesOutsideWindow(OTHER_SPACE, WINDOW_OPENS,
                ResultPageRequest.first(10))));
        assertEquals(0, target.find(1).orElseThrow().version());
    }

    @Test
    public void findAwaitingFinalization_shouldListHeldConferencesNotFinalizedByConferenceDate() {
        // Given
        target.register(aCycleRecord().page(1).conferenceOn(WINDOW_CLOSES).build());
        target.register(aCycleRecord().page(2).conferenceOn(WINDOW_OPENS).build());
        target.register(aCycleRecord().page(3).conferenceOn(WINDOW_OPENS).finalizedOn(WINDOW_CLOSES).build());
        target.register(aCycleRecord().page(4).conferenceOn(WINDOW_CLOSES.plusDays(1)).build());
        target.register(aCycleRecord().page(5).build());

        // When
        ResultPage<StoredCycleRecord> page = target.findAwaitingFinalization(SPACE, WINDOW_CLOSES, ResultPageRequest.first(10));

        // Then
        assertEquals(List.of(2L, 1L), pageIds(page));
    }

    @Test
    public void findAwaitingAcknowledgement_shouldListFinalizedRecordsWithoutAnswerByFinalizationDate() {
        // Given
        target.register(aCycleRecord().page(1).conferenceOn(WINDOW_OPENS).finalizedOn(WINDOW_CLOSES).build());
        target.register(aCycleRecord().page(2).conferenceOn(WINDOW_OPENS).finalizedOn(WINDOW_OPENS).build());
        target.register(aCycleRecord().page(3).conferenceOn(WINDOW_OPENS).build());

        // When
        ResultPage<StoredCycleRecord> page = target.findAwaitingAcknowledgement(SPACE, ResultPageRequest.first(10));

        // Then
        assertEquals(List.of(2L, 1L), pageIds(page));
    }

    @Test
    public void markFinalized_shouldDateTheRecordAndCountTheVersionUp() {
        // Given
        target.register(aCycleRecord().page(1).conferenceOn(WINDOW_OPENS).build());

        // When
        Versioned<StoredCycleRecord> finalized = target.markFinalized(1, WINDOW_CLOSES, 0);

        // Then
        assertEquals(1, finalized.version());
        assertEquals(aCycleRecord().page(1).conferenceOn(WINDOW_OPENS).finalizedOn(WINDOW_CLOSES).build(),
                target.find(1).orElseThrow().value());
        assertEquals(List.of(1L), pageIds(target.findAwaitingAcknowledgement(SPACE, ResultPageRequest.first(10))));
    }

    @Test
    public void markFinalized_shouldRefuse_whenThereIsNoConferenceOrTheVersionIsStale() {
        // Given
        target.register(aCycleRecord().page(1).build());
        target.register(aCycleRecord().page(2).conferenceOn(WINDOW_OPENS).build());
        target.update(aCycleRecord().page(2).conferenceOn(WINDOW_CLOSES).build(), 0);

        // When
        IllegalArgumentException noConference = assertThrows(IllegalArgumentException.class,
                () -> target.markFinalized(1, WINDOW_CLOSES, 0));
        ConcurrentUpdateException stale = assertThrows(ConcurrentUpdateException.class,
                () -> target.markFinalized(2, WINDOW_CLOSES, 0));

        // Then
        assertEquals("Cycle Record: a finalization date needs a post-conference date first.",
                noConference.getMessage());
        assertEquals("Cycle Record on page 2 was changed by someone else: it is at version 1, this change was made"
                + " to version 0. Reload the page and try again.", stale.getMessage());
        assertEquals(List.of(), pageIds(target.findAwaitingAcknowledgement(SPACE, ResultPageRequest.first(10))));
    }

    @Test
    public void update_shouldMoveTheRecordBetweenLists() {
        // Given
        target.register(aCycleRecord().page(1).conferenceOn(WINDOW_CLOSES.plusDays(1)).build());

        // When
        target.update(aCycleRecord().page(1).conferenceOn(WINDOW_CLOSES).build(), 0);

        // Then
        assertEquals(List.of(), pageIds(target.findConferencesOutsideWindow(SPACE, WINDOW_CLOSES.plusDays(5),
                ResultPageRequest.first(10))));
        assertEquals(1, target.find(1).orElseThrow().version());
    }

    static List<Long> pageIds(ResultPage<StoredCycleRecord> page) {
        return page.items().stream().map(StoredCycleRecord::pageId).toList();
    }
}
