package org.coachingconversations.persistence.conversation;

import static org.coachingconversations.persistence.conversation.ConversationTestData.SPACE;
import static org.coachingconversations.persistence.conversation.ConversationTestData.aCycleRecord;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.domain.timeline.CycleRecordTimeline;
import org.coachingconversations.domain.timeline.DueWindow;
import org.coachingconversations.domain.timeline.Milestone;
import org.coachingconversations.domain.timeline.MilestoneKind;
import org.coachingconversations.domain.timeline.SchoolDayWindow;
import org.coachingconversations.domain.timeline.TimelineSettings;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * A Cycle Record's windows are kept twice: in its own row (for the dashboard queries) and as the page's milestones.
 * Every write that can move them rewrites both. Observation on Monday 2026-03-02; today is Friday 2026-03-20.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ConversationTables.class)
public class CycleRecordMilestonesDatabaseTest {

    private static final long PAGE = 7;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T18:00:00Z"), ZoneOffset.UTC);
    private static final Milestone NEXT_CONVERSATION = Milestone.of(MilestoneKind.NEXT_CONVERSATION,
            DueWindow.on(LocalDate.of(2026, 4, 1)), Optional.empty(), ParticipantRole.TEACHER);

    private EntityManager entityManager;
    private EntityManagerActiveObjects activeObjects;
    private TestSchedules schedules;
    private AoMilestoneStore milestones;
    private AoCycleRecordRepository target;

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        schedules = new TestSchedules();
        milestones = new AoMilestoneStore(activeObjects);
        target = new AoCycleRecordRepository(activeObjects, schedules, CLOCK);
    }

    @Test
    public void update_shouldRewriteTheRecordsMilestones_keepingThePagesOthers() {
        // Given
        Versioned<StoredCycleRecord> stored = registered(aCycleRecord().page(PAGE).conferenceOn(LocalDate.of(2026, 3, 4))
                .build());
        StoredCycleRecord moved = withDates(stored.value(), stored.value().dates().withConferenceOn(LocalDate.of(2026, 3, 9)));

        // When
        target.update(moved, stored.version());

        // Then
        assertEquals(expected(moved), milestones.milestonesOf(PAGE));
        assertNotEquals(expected(stored.value()), milestones.milestonesOf(PAGE));
    }

    @Test
    public void markFinalized_shouldAddTheAcknowledgementMilestone() {
        // Given
        Versioned<StoredCycleRecord> stored = registered(aCycleRecord().page(PAGE).conferenceOn(LocalDate.of(2026, 3, 4))
                .build());

        // When
        Versioned<StoredCycleRecord> finalized = target.markFinalized(PAGE, LocalDate.of(2026, 3, 6), stored.version());

        // Then
        List<Milestone> timeline = milestones.milestonesOf(PAGE);
        assertEquals(expected(finalized.value()), timeline);
        assertEquals(1, timeline.stream().filter(m -> m.kind() == MilestoneKind.TEACHER_ACKNOWLEDGEMENT).count());
    }

    @Test
    public void recomputeConferenceWindows_shouldRewriteThePostConferenceMilestone_whenTheSettingsChanged() {
        // Given
        Versioned<StoredCycleRecord> stored = registered(aCycleRecord().page(PAGE).conferenceOn(LocalDate.of(2026, 3, 4))
                .build());
        schedules.settings(SPACE, TimelineSettings.defaults().withConferenceAfterObservation(SchoolDayWindow.of(1, 2)));

        // When
        target.recomputeConferenceWindows(SPACE);

        // Then: one and two school days after Monday
        List<Milestone> timeline = milestones.milestonesOf(PAGE);
        assertEquals(expected(stored.value()), timeline);
        assertEquals(new DueWindow(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4)), timeline.get(0).window());
    }

    /** The record as the creation of its page leaves it: row and milestones, plus one milestone of the conversation. */
    private Versioned<StoredCycleRecord> registered(StoredCycleRecord record) {
        Versioned<StoredCycleRecord> stored = target.register(record);
        List<Milestone> timeline = new ArrayList<>(timeline().milestones(record.dates(), TODAY));
        timeline.add(NEXT_CONVERSATION);
        milestones.replaceAll(PAGE, SPACE, timeline);
        return stored;
    }

    private List<Milestone> expected(StoredCycleRecord record) {
        List<Milestone> timeline = new ArrayList<>(timeline().milestones(record.dates(), TODAY));
        timeline.add(NEXT_CONVERSATION);
        return timeline;
    }

    private CycleRecordTimeline timeline() {
        return new CycleRecordTimeline(schedules.get(SPACE).timeline(), schedules.get(SPACE).calendar());
    }

    private static StoredCycleRecord withDates(StoredCycleRecord record,
            CycleRecordDates dates) {
        return new StoredCycleRecord(record.pageId(), record.spaceKey(), record.teacherKey(), record.observerKey(),
                dates);
    }
}
