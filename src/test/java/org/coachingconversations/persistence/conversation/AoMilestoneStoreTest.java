package org.coachingconversations.persistence.conversation;

import static org.coachingconversations.domain.people.ParticipantRole.COACH;
import static org.coachingconversations.domain.people.ParticipantRole.OBSERVER;
import static org.coachingconversations.domain.people.ParticipantRole.TEACHER;
import static org.coachingconversations.persistence.conversation.ConversationTestData.SPACE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.timeline.CycleRecordTimeline;
import org.coachingconversations.domain.timeline.DueWindow;
import org.coachingconversations.domain.timeline.Milestone;
import org.coachingconversations.domain.timeline.MilestoneKind;
import org.coachingconversations.domain.timeline.TimelineSettings;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

@RunWith(ActiveObjectsTestRunner.class)
@Data(ConversationTables.class)
public class AoMilestoneStoreTest {

    private EntityManager entityManager;
    private AoMilestoneStore target;

    @Before
    public void setUp() {
        target = new AoMilestoneStore(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    public void replaceAll_shouldStoreACycleRecordTimelineAsComputed() {
        // Given
        CycleRecordDates dates = CycleRecordDates.observed(LocalDate.of(2028, 2, 24), ObservationType.FULL)
                .withConferenceOn(LocalDate.of(2028, 2, 29)).withRatingsSharedOn(LocalDate.of(2028, 2, 28))
                .withFinalizedOn(LocalDate.of(2028, 3, 1)).withFollowUpOn(LocalDate.of(2028, 3, 20));
        List<Milestone> timeline = new CycleRecordTimeline(TimelineSettings.defaults(),
                SchoolCalendar.standard(TestSchedules.ZONE)).milestones(dates, LocalDate.of(2028, 3, 20));

        // When
        target.replaceAll(2001, SPACE, timeline);

        // Then
        assertEquals(timeline, target.milestonesOf(2001));
    }

    @Test
    public void replaceAll_shouldReplaceEveryMilestoneOfThePageOnly() {
        // Given
        target.replaceAll(1, SPACE, List.of(stepDue(11, LocalDate.of(2026, 3, 9)), stepDue(12, LocalDate.of(2026, 3, 10))));
        target.replaceAll(2, SPACE, List.of(stepDue(21, LocalDate.of(2026, 3, 9))));
        List<Milestone> replacement = List.of(stepDue(13, LocalDate.of(2026, 3, 20)));

        // When
        target.replaceAll(1, SPACE, replacement);

        // Then
        assertEquals(replacement, target.milestonesOf(1));
        assertEquals(List.of(stepDue(21, LocalDate.of(2026, 3, 9))), target.milestonesOf(2));
    }

    @Test
    public void replaceAll_shouldClearThePage_whenGivenNoMilestones() {
        // Given
        target.replaceAll(1, SPACE, List.of(stepDue(11, LocalDate.of(2026, 3, 9))));

        // When
        target.replaceAll(1, SPACE, List.of());

        // Then
        assertEquals(List.of(), target.milestonesOf(1));
    }

    @Test
    public void replaceAll_shouldRefuseBadInputNamingTheField_andKeepTheStoredMilestones() {
        // Given
        List<Milestone> stored = List.of(stepDue(11, LocalDate.of(2026, 3, 9)));
        target.replaceAll(1, SPACE, stored);
        Milestone tooLate = Milestone.of(MilestoneKind.FOLLOW_UP, DueWindow.on(LocalDate.of(12_026, 3, 9)),
                Optional.empty(), TEACHER);

        // When
        List<String> messages = List.of(
                AoConversationRepositoryTest.messageOf(() -> target.replaceAll(0, SPACE, stored)),
                AoConversationRepositoryTest.messageOf(() -> target.replaceAll(1, " ", stored)),
                AoConversationRepositoryTest.messageOf(() -> target.replaceAll(1, SPACE, List.of(stored.get(0), tooLate))));

        // Then
        assertEquals(List.of("Milestones: the page id 0 is not a page.",
                "Milestones of page 1: the space key is required.",
                "Milestones of page 1, item 2: the earliest date +12026-03-09 is outside the years 1 to 9999."),
                messages);
        assertEquals(stored, target.milestonesOf(1));
    }

    private static Milestone stepDue(long stepId, LocalDate due) {
        return new Milestone(MilestoneKind.ACTION_STEP_DUE, DueWindow.on(due), List.of(COACH, OBSERVER),
                Optional.of(due.minusDays(1)), OptionalLong.of(stepId));
    }
}
