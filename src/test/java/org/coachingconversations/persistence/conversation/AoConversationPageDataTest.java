package org.coachingconversations.persistence.conversation;

import static org.coachingconversations.persistence.conversation.ConversationTestData.OTHER_SPACE;
import static org.coachingconversations.persistence.conversation.ConversationTestData.SPACE;
import static org.coachingconversations.persistence.conversation.ConversationTestData.aConversation;
import static org.coachingconversations.persistence.conversation.ConversationTestData.aCycleRecord;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.acknowledgement.Acknowledgement;
import org.coachingconversations.domain.acknowledgement.AcknowledgementKind;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.domain.timeline.DueWindow;
import org.coachingconversations.domain.timeline.Milestone;
import org.coachingconversations.domain.timeline.MilestoneKind;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/** Page 1 (space MATH) has data in all four tables; page 2 (MATH) and page 3 (ELA) have some too. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ConversationTables.class)
public class AoConversationPageDataTest {

    private static final LocalDate CONFERENCE = LocalDate.of(2026, 3, 5);
    private static final LocalDate FINALIZED = LocalDate.of(2026, 3, 9);
    private static final LocalDate LATER = LocalDate.of(2026, 6, 1);
    private static final List<Milestone> MILESTONES = List.of(Milestone.of(MilestoneKind.FOLLOW_UP,
            DueWindow.on(LocalDate.of(2026, 3, 20)), Optional.empty(), ParticipantRole.TEACHER));

    private EntityManager entityManager;
    private EntityManagerActiveObjects activeObjects;
    private AoConversationRepository conversations;
    private AoCycleRecordRepository records;
    private AoMilestoneStore milestones;
    private AoAcknowledgementStore acknowledgements;
    private AoConversationPageData target;

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        conversations = new AoConversationRepository(activeObjects);
        records = new AoCycleRecordRepository(activeObjects, new TestSchedules());
        milestones = new AoMilestoneStore(activeObjects);
        acknowledgements = new AoAcknowledgementStore(activeObjects);
        target = new AoConversationPageData(activeObjects);
        for (long pageId = 1; pageId <= 3; pageId++) {
            String space = pageId == 3 ? OTHER_SPACE : SPACE;
            conversations.register(aConversation().page(pageId).space(space).nextOn(LocalDate.of(2026, 3, 10)).build());
            conversations.recordLeadsToAction(pageId, true);
            records.register(aCycleRecord().page(pageId).space(space).conferenceOn(CONFERENCE).finalizedOn(FINALIZED)
                    .build());
            milestones.replaceAll(pageId, space, MILESTONES);
        }
        acknowledgements.answer(new Acknowledgement(1, "teacher-ana", AcknowledgementKind.ACKNOWLEDGED,
                Optional.empty(), Instant.parse("2026-03-10T15:00:00Z"), LocalDate.of(2026, 3, 10)));
    }

    @Test
    public void pageTrashed_shouldHideThePageFromEveryRead() {
        // When
        target.pageTrashed(1);

        // Then
        assertEquals(List.of(2L), AoConversationRepositoryTest.pageIds(
                conversations.findFollowUpsPastDue(SPACE, LATER, ResultPageRequest.first(10))));
        assertEquals(1, conversations.countConversations(SPACE));
        assertEquals(1, conversations.countConversationsLeadingToAction(SPACE));
        assertEquals(Map.of("teacher-ana", LocalDate.of(2026, 3, 2)),
                conversations.latestConversationDates(SPACE, List.of("teacher-ana"), LATER));
        assertEquals(List.of(2L), AoCycleRecordRepositoryTest.pageIds(
                records.findAwaitingAcknowledgement(SPACE, ResultPageRequest.first(10))));
        assertFalse(conversations.find(1).isPresent());
        assertFalse(records.find(1).isPresent());
        assertFalse(acknowledgements.find(1).isPresent());
        assertEquals(List.of(), milestones.milestonesOf(1));
        assertEquals(MILESTONES, milestones.milestonesOf(2));
    }

    @Test
    public void pageRestored_shouldBringEverythingBackUnchanged() {
        // Given
        target.pageTrashed(1);

        // When
        target.pageRestored(1);

        // Then
        assertEquals(List.of(1L, 2L), AoConversationRepositoryTest.pageIds(
                conversations.findFollowUpsPastDue(SPACE, LATER, ResultPageRequest.first(10))));
        assertEquals(2, conversations.countConversationsLeadingToAction(SPACE));
        assertEquals(0, conversations.find(1).orElseThrow().version());
        assertEquals(1, records.find(1).orElseThrow().version());
        assertEquals(AcknowledgementKind.ACKNOWLEDGED, acknowledgements.find(1).orElseThrow().value().kind());
        assertEquals(MILESTONES, milestones.milestonesOf(1));
    }

    @Test
    public void pagePurged_shouldDeleteEveryRowOfThePageOnly() {
        // Given
        target.pageTrashed(1);

        // When
        target.pagePurged(1);

        // Then
        assertEquals(0, activeObjects.count(ConversationEntity.class, ConversationEntity.COLUMN_PAGE_ID + " = ?", 1L));
        assertEquals(0, activeObjects.count(CycleRecordEntity.class, CycleRecordEntity.COLUMN_PAGE_ID + " = ?", 1L));
        assertEquals(0, activeObjects.count(MilestoneEntity.class, MilestoneEntity.COLUMN_PAGE_ID + " = ?", 1L));
        assertEquals(0, activeObjects.count(AcknowledgementEntity.class));
        assertEquals(2, activeObjects.count(ConversationEntity.class));
        assertEquals(2, activeObjects.count(MilestoneEntity.class));
        assertTrue(records.find(2).isPresent());
    }

    @Test
    public void spaceRemoved_shouldDeleteEveryRowOfTheSpaceOnly() {
        // When
        target.spaceRemoved(SPACE);

        // Then
        assertEquals(0, conversations.countConversations(SPACE));
        assertEquals(1, conversations.countConversations(OTHER_SPACE));
        assertEquals(1, activeObjects.count(ConversationEntity.class));
        assertEquals(1, activeObjects.count(CycleRecordEntity.class));
        assertEquals(1, activeObjects.count(MilestoneEntity.class));
        assertEquals(0, activeObjects.count(AcknowledgementEntity.class));
        assertTrue(conversations.find(3).isPresent());
    }

    @Test
    public void lifecycle_shouldRefuseAPageIdThatIsNoPage() {
        // When
        String message = AoConversationRepositoryTest.messageOf(() -> target.pagePurged(-1));

        // Then
        assertEquals("Purged page: the page id -1 is not a page.", message);
        assertEquals(3, activeObjects.count(ConversationEntity.class));
    }
}
