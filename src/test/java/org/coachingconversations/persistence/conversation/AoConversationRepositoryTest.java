package org.coachingconversations.persistence.conversation;

import static org.coachingconversations.persistence.conversation.ConversationTestData.MONDAY;
import static org.coachingconversations.persistence.conversation.ConversationTestData.OTHER_SPACE;
import static org.coachingconversations.persistence.conversation.ConversationTestData.SPACE;
import static org.coachingconversations.persistence.conversation.ConversationTestData.aConversation;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.followup.ResultPage;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

@RunWith(ActiveObjectsTestRunner.class)
@Data(ConversationTables.class)
public class AoConversationRepositoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    private EntityManager entityManager;
    private EntityManagerActiveObjects activeObjects;
    private AoConversationRepository target;

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        target = new AoConversationRepository(activeObjects);
    }

    @Test
    public void register_shouldStoreEveryFieldAtVersionZero() {
        // Given
        StoredConversation conversation = aConversation().page(42).type(ConversationType.VIDEO_COACHING_CYCLE)
                .teacher("teacher-ana").leader("coach-ben").heldOn(LocalDate.of(2028, 2, 28))
                .nextOn(LocalDate.of(2028, 2, 29)).followUpHeldOn(LocalDate.of(2028, 3, 1)).build();

        // When
        Versioned<StoredConversation> registered = target.register(conversation);

        // Then
        assertEquals(new Versioned<>(conversation, 0), registered);
        assertEquals(new Versioned<>(conversation, 0), target.find(42).orElseThrow());
    }

    @Test
    public void register_shouldKeepDatesAtTheEdgesOfWhatItStores() {
        // Given
        StoredConversation earliest = aConversation().page(1).heldOn(LocalDate.of(1, 1, 1)).leader(null).build();
        StoredConversation latest = aConversation().page(2).heldOn(LocalDate.of(9999, 12, 31)).build();

        // When
        target.register(earliest);
        target.register(latest);

        // Then
        assertEquals(earliest, target.find(1).orElseThrow().value());
        assertEquals(latest, target.find(2).orElseThrow().value());
    }

    @Test
    public void register_shouldRefuse_whenThePageIsAlreadyStored() {
        // Given
        target.register(aConversation().page(42).build());

        // When
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> target.register(aConversation().page(42).teacher("teacher-cy").build()));

        // Then
        assertEquals("Conversation on page 42 is already stored; update it instead.", thrown.getMessage());
        assertEquals("teacher-ana", target.find(42).orElseThrow().value().teacherKey());
    }

    @Test
    public void register_shouldRefuseBadInputNamingTheField_beforeWritingAnything() {
        // Given
        String longKey = "k".repeat(256);

        // When
        List<String> messages = List.of(
                messageOf(() -> target.register(aConversation().page(0).build())),
                messageOf(() -> target.register(aConversation().page(-5).build())),
                messageOf(() -> target.register(aConversation().space(longKey).build())),
                messageOf(() -> target.register(aConversation().teacher(longKey).build())),
                messageOf(() -> target.register(aConversation().leader(longKey).build())),
                messageOf(() -> target.register(aConversation().heldOn(LocalDate.of(10_000, 1, 1)).build())));

        // Then
        assertEquals(List.of(
                "Conversation: the page id 0 is not a page.",
                "Conversation: the page id -5 is not a page.",
                "Conversation on page 1001: the space key has 256 characters; at most 255 fit.",
                "Conversation on page 1001: the teacher's user key has 256 characters; at most 255 fit.",
                "Conversation on page 1001: the coach's or observer's user key has 256 characters; at most 255 fit.",
                "Conversation on page 1001: the conversation date +10000-01-01 is outside the years 1 to 9999."),
                messages);
        assertEquals(0, activeObjects.count(ConversationEntity.class));
    }

    @Test
    public void register_shouldAcceptTextThatExactlyFillsItsColumn() {
        // Given
        String fullKey = "k".repeat(255);

        // When
        target.register(aConversation().page(7).teacher(fullKey).build());

        // Then
        assertEquals(fullKey, target.find(7).orElseThrow().value().teacherKey());
    }

    @Test
    public void update_shouldStoreTheChangeAndCountTheVersionUp() {
        // Given
        target.register(aConversation().page(42).build());
        StoredConversation changed = aConversation().page(42).space(OTHER_SPACE).nextOn(MONDAY.plusDays(14)).build();

        // When
        Versioned<StoredConversation> first = target.update(changed, 0);
        Versioned<StoredConversation> second = target.update(aConversation().page(42).build(), 1);

        // Then
        assertEquals(new Versioned<>(changed, 1), first);
        assertEquals(2, second.version());
        assertEquals(new Versioned<>(aConversation().page(42).build(), 2), target.find(42).orElseThrow());
    }

    @Test
    public void update_shouldRefuseAStaleVersion_andKeepTheNewerChange() {
        // Given
        target.register(aConversation().page(42).build());
        target.update(aConversation().page(42).teacher("teacher-cy").build(), 0);

        // When
        ConcurrentUpdateException thrown = assertThrows(ConcurrentUpdateException.class,
                () -> target.update(aConversation().page(42).teacher("teacher-dee").build(), 0));

        // Then
        assertEquals("Conversation on page 42 was changed by someone else: it is at version 1, this change was made"
                + " to version 0. Reload the page and try again.", thrown.getMessage());
        assertEquals(new Versioned<>(aConversation().page(42).teacher("teacher-cy").build(), 1),
                target.find(42).orElseThrow());
    }

    @Test
    public void update_shouldRefuse_whenThePageIsNotStoredOrInTheTrash() {
        // Given
        target.register(aConversation().page(42).build());
        new AoConversationPageData(activeObjects).pageTrashed(42);

        // When
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> target.update(aConversation().page(43).build(), 0));
        IllegalStateException trashed = assertThrows(IllegalStateException.class,
                () -> target.update(aConversation().page(42).build(), 0));

        // Then
        assertEquals("Conversation on page 43 is not stored; register it first.", unknown.getMessage());
        assertEquals("Conversation on page 42 is in the trash; restore the page first.", trashed.getMessage());
    }

    @Test
    public void findFollowUpsPastDue_shouldListOwedFollowUpsBeforeTodayByDateThenPage() {
        // Given
        target.register(aConversation().page(30).nextOn(TODAY.minusDays(2)).build());
        target.register(aConversation().page(20).nextOn(TODAY.minusDays(9)).build());
        target.register(aConversation().page(10).nextOn(TODAY.minusDays(2)).build());
        target.register(aConversation().page(40).nextOn(TODAY).build());
        target.register(aConversation().page(50).nextOn(TODAY.minusDays(5)).followUpHeldOn(TODAY.minusDays(5)).build());
        target.register(aConversation().page(60).build());
        target.register(aConversation().page(70).space(OTHER_SPACE).nextOn(TODAY.minusDays(3)).build());

        // When
        ResultPage<StoredConversation> page = target.findFollowUpsPastDue(SPACE, TODAY, ResultPageRequest.first(10));

        // Then
        assertEquals(List.of(20L, 10L, 30L), pageIds(page));
        assertEquals(3, page.total());
    }

    @Test
    public void findFollowUpsPastDue_shouldPageWithTheTotalOfAllMatches() {
        // Given
        for (long pageId = 1; pageId <= 5; pageId++) {
            target.register(aConversation().page(pageId).nextOn(MONDAY.plusDays(pageId)).build());
        }

        // When
        ResultPage<StoredConversation> second = target.findFollowUpsPastDue(SPACE, TODAY, new ResultPageRequest(2, 2));
        ResultPage<StoredConversation> beyond = target.findFollowUpsPastDue(SPACE, TODAY, new ResultPageRequest(10, 2));

        // Then
        assertEquals(List.of(3L, 4L), pageIds(second));
        assertEquals(5, second.total());
        assertTrue(second.hasMore());
        assertEquals(List.of(), beyond.items());
        assertEquals(5, beyond.total());
    }

    @Test
    public void latestConversationDates_shouldGiveEachTeachersLatestDateUpToTheDay() {
        // Given
        target.register(aConversation().page(1).teacher("ana").heldOn(LocalDate.of(2026, 1, 12)).build());
        target.register(aConversation().page(2).teacher("ana").heldOn(LocalDate.of(2026, 2, 9)).build());
        target.register(aConversation().page(3).teacher("ana").heldOn(TODAY.plusDays(1)).build());
        target.register(aConversation().page(4).teacher("ben").heldOn(TODAY).build());
        target.register(aConversation().page(5).teacher("cy").space(OTHER_SPACE).heldOn(TODAY).build());
        target.register(aConversation().page(6).teacher("dee").heldOn(TODAY).build());

        // When
        Map<String, LocalDate> latest = target.latestConversationDates(SPACE, List.of("ana", "ben", "cy", "eve"), TODAY);

        // Then
        assertEquals(Map.of("ana", LocalDate.of(2026, 2, 9), "ben", TODAY), latest);
    }

    @Test
    public void latestConversationDates_shouldAnswerWithoutAQuery_whenNoTeacherIsAsked() {
        // When
        Map<String, LocalDate> latest = target.latestConversationDates(SPACE, List.of(), TODAY);

        // Then
        assertEquals(Map.of(), latest);
    }

    @Test
    public void latestOnOrBefore_shouldGiveTheTeachersMostRecentConversationOfAnyType_upToTheDay() {
        // Given
        target.register(aConversation().page(1).teacher("ana").heldOn(LocalDate.of(2026, 1, 12)).build());
        StoredConversation latest = aConversation().page(2).teacher("ana").type(ConversationType.SPS_REFLECTION)
                .heldOn(LocalDate.of(2026, 2, 9)).build();
        target.register(latest);
        target.register(aConversation().page(3).teacher("ana").heldOn(TODAY.plusDays(1)).build());
        target.register(aConversation().page(4).teacher("ben").heldOn(TODAY).build());
        target.register(aConversation().page(5).teacher("ana").space(OTHER_SPACE).heldOn(TODAY).build());

        // When
        Optional<StoredConversation> found = target.latestOnOrBefore(SPACE, "ana", TODAY);

        // Then
        assertEquals(Optional.of(latest), found);
    }

    @Test
    public void latestOnOrBefore_shouldPreferThePageCreatedLater_whenTwoShareTheDay() {
        // Given
        target.register(aConversation().page(8).teacher("ana").heldOn(TODAY).build());
        target.register(aConversation().page(9).teacher("ana").heldOn(TODAY).type(ConversationType.CYCLE_RECORD).build());
        target.register(aConversation().page(7).teacher("ana").heldOn(TODAY).build());

        // When
        Optional<StoredConversation> found = target.latestOnOrBefore(SPACE, "ana", TODAY);

        // Then
        assertEquals(9, found.orElseThrow().pageId());
    }

    @Test
    public void latestOnOrBefore_shouldSkipPagesInTheTrash_andFindNothing_whenTheTeacherHadNone() {
        // Given
        target.register(aConversation().page(1).teacher("ana").heldOn(LocalDate.of(2026, 1, 12)).build());
        target.register(aConversation().page(2).teacher("ana").heldOn(LocalDate.of(2026, 2, 9)).build());
        new AoConversationPageData(activeObjects).pageTrashed(2);

        // When
        Optional<StoredConversation> forAna = target.latestOnOrBefore(SPACE, "ana", TODAY);
        Optional<StoredConversation> forBen = target.latestOnOrBefore(SPACE, "ben", TODAY);

        // Then
        assertEquals(1, forAna.orElseThrow().pageId());
        assertEquals(Optional.empty(), forBen);
    }

    @Test
    public void latestBefore_shouldGiveTheTeachersLatestConversationOfTheTypes_beforeTheDayOrCreatedEarlierThatDay() {
        // Given
        target.register(aConversation().page(10).teacher("ana").heldOn(LocalDate.of(2026, 1, 12)).build());
        target.register(aConversation().page(11).teacher("ana").heldOn(TODAY.minusDays(1))
                .type(ConversationType.CYCLE_RECORD).build());
        target.register(aConversation().page(12).teacher("ana").heldOn(TODAY.minusDays(2))
                .type(ConversationType.SPS_REFLECTION).build());
        target.register(aConversation().page(13).teacher("ana").heldOn(TODAY.minusDays(3))
                .type(ConversationType.VIDEO_COACHING_CYCLE).build());
        target.register(aConversation().page(20).teacher("ana").heldOn(TODAY).build());
        target.register(aConversation().page(22).teacher("ana").heldOn(TODAY).build());
        target.register(aConversation().page(30).teacher("ana").heldOn(TODAY.plusDays(1)).build());
        target.register(aConversation().page(31).teacher("ben").heldOn(TODAY).build());
        target.register(aConversation().page(32).teacher("ana").space(OTHER_SPACE).heldOn(TODAY).build());
        var types = EnumSet.of(ConversationType.COACHING_CONVERSATION, ConversationType.VIDEO_COACHING_CYCLE);

        // When
        Optional<StoredConversation> beforeTheSecondOfTheDay = target.latestBefore(SPACE, "ana", types, TODAY, 22);
        Optional<StoredConversation> beforeTheFirstOfTheDay = target.latestBefore(SPACE, "ana", types, TODAY, 20);
        Optional<StoredConversation> beforeTheFirstEver = target.latestBefore(SPACE, "ana", types,
                LocalDate.of(2026, 1, 12), 10);

        // Then
        assertEquals(20, beforeTheSecondOfTheDay.orElseThrow().pageId());
        assertEquals("the Cycle Record and SPS reflection in between do not count", 13,
                beforeTheFirstOfTheDay.orElseThrow().pageId());
        assertEquals("a page never comes before itself", Optional.empty(), beforeTheFirstEver);
    }

    @Test
    public void latestBefore_shouldSkipPagesInTheTrash() {
        // Given
        target.register(aConversation().page(1).teacher("ana").heldOn(LocalDate.of(2026, 1, 12)).build());
        target.register(aConversation().page(2).teacher("ana").heldOn(LocalDate.of(2026, 2, 9)).build());
        new AoConversationPageData(activeObjects).pageTrashed(2);

        // When
        Optional<StoredConversation> found = target.latestBefore(SPACE, "ana",
                Set.of(ConversationType.COACHING_CONVERSATION), TODAY, 3);

        // Then
        assertEquals(1, found.orElseThrow().pageId());
    }

    @Test
    public void latestBefore_shouldRefuseAnEmptyTypeList() {
        // When / Then
        assertThrows(IllegalArgumentException.class,
                () -> target.latestBefore(SPACE, "ana", Set.of(), TODAY, 3));
    }

    @Test
    public void counts_shouldCountTheSpacesConversationsAndThoseLeadingToAction() {
        // Given
        target.register(aConversation().page(1).build());
        target.register(aConversation().page(2).type(ConversationType.CYCLE_RECORD).build());
        target.register(aConversation().page(3).build());
        target.register(aConversation().page(4).space(OTHER_SPACE).build());
        target.recordLeadsToAction(1, true);
        target.recordLeadsToAction(3, true);
        target.recordLeadsToAction(3, false);
        target.recordLeadsToAction(4, true);

        // When
        long all = target.countConversations(SPACE);
        long leadingToAction = target.countConversationsLeadingToAction(SPACE);

        // Then
        assertEquals(3, all);
        assertEquals(1, leadingToAction);
    }

    @Test
    public void recordLeadsToAction_shouldLeaveTheVersionAlone() {
        // Given
        target.register(aConversation().page(1).build());

        // When
        target.recordLeadsToAction(1, true);
        target.recordLeadsToAction(99, true);

        // Then
        assertEquals(0, target.find(1).orElseThrow().version());
        assertEquals(1, target.countConversationsLeadingToAction(SPACE));
        assertFalse(target.find(99).isPresent());
    }

    @Test
    public void reads_shouldRefuseAMissingSpaceKey() {
        // When
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> target.countConversations(" "));

        // Then
        assertEquals("Conversation count: the space key is required.", thrown.getMessage());
    }

    static List<Long> pageIds(ResultPage<StoredConversation> page) {
        return page.items().stream().map(StoredConversation::pageId).toList();
    }

    static String messageOf(Runnable call) {
        return assertThrows(IllegalArgumentException.class, call::run).getMessage();
    }
}
