package org.coachingconversations.persistence.conversation;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.application.settings.SaveSpaceSettings;
import org.coachingconversations.domain.calendar.Holiday;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.timeline.Milestone;
import org.coachingconversations.domain.timeline.MilestoneKind;
import org.coachingconversations.persistence.settings.AoSpaceSettingsRepository;
import org.coachingconversations.persistence.transaction.AoUnitOfWork;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.ao.PluginTables;
import org.coachingconversations.testing.sal.FixedTimeZoneManager;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.coachingconversations.persistence.conversation.ConversationTestData.SPACE;
import static org.coachingconversations.persistence.conversation.ConversationTestData.aCycleRecord;
import static org.junit.Assert.assertEquals;

/**
 * A new holiday moves the post-conference window of the space's Cycle Records, and the dashboard sees the move at once.
 * Observation on Monday 2026-03-02; the conference on Wednesday 03-04 is the 2nd school day after it.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(PluginTables.class)
public class CycleRecordWindowRecomputeTest {

    private static final ZoneId ZONE = ZoneId.of("America/Denver");
    private static final LocalDate OBSERVED = LocalDate.of(2026, 3, 2);
    private static final LocalDate CONFERENCE = LocalDate.of(2026, 3, 4);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    private EntityManager entityManager;
    private AoCycleRecordRepository cycleRecords;
    private AoMilestoneStore milestones;
    private SaveSpaceSettings target;

    @Before
    public void setUp() {
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        AoSpaceSettingsRepository settings = new AoSpaceSettingsRepository(activeObjects, new FixedTimeZoneManager(ZONE));
        cycleRecords = new AoCycleRecordRepository(activeObjects, settings);
        milestones = new AoMilestoneStore(activeObjects);
        target = new SaveSpaceSettings(settings, cycleRecords, new AoUnitOfWork(activeObjects));
        cycleRecords.register(aCycleRecord().page(7).observedOn(OBSERVED, ObservationType.FULL).conferenceOn(CONFERENCE)
                .build());
    }

    @Test
    public void save_shouldFlagTheConferenceAsEarly_whenAHolidayPushesTheWindowBack() {
        // Given the conference is within the 2-5 school-day window
        assertEquals(0, cycleRecords.findConferencesOutsideWindow(SPACE, TODAY, ResultPageRequest.first(10)).total());

        // When Tuesday 03-03 becomes a holiday, the window opens on Thursday 03-05
        int recomputed = target.save(SPACE, SpaceSettings.builder(ZONE)
                .holiday(Holiday.on("Professional development day", LocalDate.of(2026, 3, 3))).build());

        // Then
        assertEquals(1, recomputed);
        assertEquals(1, cycleRecords.findConferencesOutsideWindow(SPACE, TODAY, ResultPageRequest.first(10)).total());
    }

    @Test
    public void save_shouldMoveThePostConferenceMilestone_whenAHolidayPushesTheWindowBack() {
        // When Tuesday 03-03 becomes a holiday
        target.save(SPACE, SpaceSettings.builder(ZONE)
                .holiday(Holiday.on("Professional development day", LocalDate.of(2026, 3, 3))).build());

        // Then the page's milestone agrees with the record's row: the window opens on Thursday 03-05
        Milestone postConference = milestones.milestonesOf(7).get(0);
        assertEquals(MilestoneKind.POST_CONFERENCE, postConference.kind());
        assertEquals(LocalDate.of(2026, 3, 5), postConference.window().earliest());
    }

    @Test
    public void save_shouldRecomputeNothing_whenNeitherCalendarNorWindowsChange() {
        // When only the due-soon horizon changes
        int recomputed = target.save(SPACE, SpaceSettings.builder(ZONE).dueSoonDays(10).build());

        // Then
        assertEquals(0, recomputed);
        assertEquals(10, target.get(SPACE).dueSoonDays());
    }
}
