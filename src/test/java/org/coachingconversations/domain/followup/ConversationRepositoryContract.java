package org.coachingconversations.domain.followup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.junit.Test;

/**
 * What every {@link ConversationRepository} does, the in-memory fake as much as the SQL. A subclass sets
 * {@link #target} in its {@code @Before} and stores the given conversations the way the app does.
 */
public abstract class ConversationRepositoryContract {

    protected static final String SPACE = "COACH";
    protected static final String OTHER_SPACE = "OTHER";
    /** As many teachers as one call of {@code latestConversationDates} may name. */
    protected static final int MAX_TEACHERS_PER_QUERY = 1000;

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Set<ConversationType> COACHING = Set.of(ConversationType.COACHING_CONVERSATION);

    protected ConversationRepository target;

    /** Stores the conversations as the app registers them. */
    protected abstract void givenStored(StoredConversation... conversations);

    /** The stored conversation's page has an owned, dated action step that is not dropped. */
    protected abstract void givenLeadsToAction(StoredConversation conversation);

    /** The page of this stored conversation went to the trash. */
    protected abstract void givenTrashed(long pageId);

    @Test
    public void findFollowUpsPastDue_shouldListOwedFollowUpsBeforeTodayByDateThenPage() {
        // Given
        givenStored(conversation(1).heldOn(TODAY.minusDays(20)).next(TODAY.minusDays(1)).build(),
                conversation(3).heldOn(TODAY.minusDays(20)).next(TODAY.minusDays(5)).build(),
                conversation(2).heldOn(TODAY.minusDays(20)).next(TODAY.minusDays(5)).build(),
                conversation(4).heldOn(TODAY.minusDays(20)).next(TODAY).build(),
                conversation(5).heldOn(TODAY.minusDays(20)).next(TODAY.minusDays(5)).held(TODAY.minusDays(4)).build(),
                conversation(6).heldOn(TODAY.minusDays(20)).build(),
                conversation(7).space(OTHER_SPACE).heldOn(TODAY.minusDays(20)).next(TODAY.minusDays(5)).build());

        // When
        ResultPage<StoredConversation> found = target.findFollowUpsPastDue(SPACE, TODAY, ResultPageRequest.first(10));

        // Then
        assertEquals(List.of(2L, 3L, 1L), pageIds(found));
        assertEquals(3, found.total());
    }

    @Test
    public void findFollowUpsPastDue_shouldPageInOrderAndCountEveryMatch() {
        // Given
        for (long pageId = 1; pageId <= 3; pageId++) {
            givenStored(conversation(pageId).heldOn(TODAY.minusDays(20)).next(TODAY.minusDays(1)).build());
        }

        // When
        ResultPage<StoredConversation> first = target.findFollowUpsPastDue(SPACE, TODAY, ResultPageRequest.first(2));
        ResultPage<StoredConversation> second = target.findFollowUpsPastDue(SPACE, TODAY, first.request().next());

        // Then
        assertEquals(List.of(List.of(1L, 2L), List.of(3L)), List.of(pageIds(first), pageIds(second)));
        assertEquals(List.of(3L, 3L), List.of(first.total(), second.total()));
        assertEquals(List.of(true, false), List.of(first.hasMore(), second.hasMore()));
    }

    @Test
    public void latestConversationDates_shouldGiveEachAskedTeachersLatestDateOnOrBeforeTheDay() {
        // Given
        givenStored(conversation(1).teacher("teacher-ana").heldOn(TODAY.minusDays(9)).build(),
                conversation(2).teacher("teacher-ana").heldOn(TODAY).build(),
                conversation(3).teacher("teacher-ana").heldOn(TODAY.plusDays(1)).build(),
                conversation(4).teacher("teacher-ben").heldOn(TODAY.minusDays(3)).build(),
                conversation(5).teacher("teacher-ben").space(OTHER_SPACE).heldOn(TODAY).build(),
                conversation(6).teacher("teacher-cy").heldOn(TODAY.plusDays(2)).build(),
                conversation(7).teacher("teacher-dee").heldOn(TODAY).build());

        // When
        Map<String, LocalDate> latest = target.latestConversationDates(SPACE,
                List.of("teacher-ana", "teacher-ben", "teacher-cy", "teacher-eve"), TODAY);

        // Then
        assertEquals(Map.of("teacher-ana", TODAY, "teacher-ben", TODAY.minusDays(3)), latest);
    }

    @Test
    public void latestConversationDates_shouldAnswerNothingForNoTeachers_andRefuseTooManyAtOnce() {
        // Given
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= MAX_TEACHERS_PER_QUERY; i++) {
            tooMany.add("teacher-" + i);
        }

        // When
        Map<String, LocalDate> none = target.latestConversationDates(SPACE, List.of(), TODAY);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> target.latestConversationDates(SPACE, tooMany, TODAY));

        // Then
        assertEquals(Map.of(), none);
        assertEquals("Latest conversations: 1001 teachers asked for at once; at most 1000 per call.",
                refused.getMessage());
    }

    @Test
    public void latestOnOrBefore_shouldTakeTheLatestDay_andOfOneDayTheHigherPage() {
        // Given
        givenStored(conversation(1).heldOn(TODAY.minusDays(3)).build(),
                conversation(3).heldOn(TODAY.minusDays(1)).build(),
                conversation(2).heldOn(TODAY.minusDays(1)).type(ConversationType.SPS_REFLECTION).build(),
                conversation(4).heldOn(TODAY.plusDays(1)).build(),
                conversation(5).teacher("teacher-ben").heldOn(TODAY).build(),
                conversation(6).space(OTHER_SPACE).heldOn(TODAY).build());

        // When
        Optional<StoredConversation> latest = target.latestOnOrBefore(SPACE, "teacher-ana", TODAY);
        Optional<StoredConversation> none = target.latestOnOrBefore(SPACE, "teacher-ana", TODAY.minusDays(4));

        // Then
        assertEquals(Optional.of(3L), latest.map(StoredConversation::pageId));
        assertEquals(Optional.empty(), none);
    }

    @Test
    public void latestBefore_shouldTakeEarlierDaysAndLowerPagesOfTheSameDay_ofTheGivenTypes() {
        // Given
        givenStored(conversation(1).heldOn(TODAY.minusDays(3)).build(),
                conversation(2).heldOn(TODAY.minusDays(1)).type(ConversationType.SPS_REFLECTION).build(),
                conversation(5).heldOn(TODAY).build(),
                conversation(6).heldOn(TODAY).build(),
                conversation(7).heldOn(TODAY).build());

        // When
        Optional<StoredConversation> beforeSeven = target.latestBefore(SPACE, "teacher-ana", COACHING, TODAY, 7);
        Optional<StoredConversation> beforeFive = target.latestBefore(SPACE, "teacher-ana", COACHING, TODAY, 5);
        Optional<StoredConversation> anyBeforeFive = target.latestBefore(SPACE, "teacher-ana",
                Set.of(ConversationType.COACHING_CONVERSATION, ConversationType.SPS_REFLECTION), TODAY, 5);
        Optional<StoredConversation> beforeOne = target.latestBefore(SPACE, "teacher-ana", COACHING,
                TODAY.minusDays(3), 1);

        // Then
        assertEquals(List.of(Optional.of(6L), Optional.of(1L), Optional.of(2L), Optional.empty()),
                List.of(beforeSeven.map(StoredConversation::pageId), beforeFive.map(StoredConversation::pageId),
                        anyBeforeFive.map(StoredConversation::pageId), beforeOne.map(StoredConversation::pageId)));
    }

    @Test
    public void latestBefore_shouldRefuseAnEmptySetOfTypes() {
        // When
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> target.latestBefore(SPACE, "teacher-ana", Set.of(), TODAY, 5));

        // Then
        assertEquals("Previous conversation: name at least one conversation type.", refused.getMessage());
    }

    @Test
    public void countConversations_shouldCountTheSpacesConversations_andThoseLeadingToAction() {
        // Given
        StoredConversation withSteps = conversation(1).heldOn(TODAY).build();
        StoredConversation alsoWithSteps = conversation(2).heldOn(TODAY).type(ConversationType.CYCLE_RECORD).build();
        StoredConversation elsewhere = conversation(4).space(OTHER_SPACE).heldOn(TODAY).build();
        givenStored(withSteps, alsoWithSteps, conversation(3).heldOn(TODAY).build(), elsewhere);
        givenLeadsToAction(withSteps);
        givenLeadsToAction(alsoWithSteps);
        givenLeadsToAction(elsewhere);

        // When
        List<Long> counts = List.of(target.countConversations(SPACE), target.countConversationsLeadingToAction(SPACE),
                target.countConversations("EMPTY"), target.countConversationsLeadingToAction("EMPTY"));

        // Then
        assertEquals(List.of(3L, 2L, 0L, 0L), counts);
    }

    @Test
    public void everyRead_shouldLeaveOutConversationsInTheTrash() {
        // Given
        StoredConversation trashed = conversation(9).heldOn(TODAY.minusDays(10)).next(TODAY.minusDays(1)).build();
        StoredConversation kept = conversation(2).heldOn(TODAY.minusDays(30)).next(TODAY.minusDays(2)).build();
        givenStored(kept, trashed);
        givenLeadsToAction(trashed);
        givenTrashed(9);

        // When
        List<Object> found = List.of(
                pageIds(target.findFollowUpsPastDue(SPACE, TODAY, ResultPageRequest.first(10))),
                target.latestConversationDates(SPACE, List.of("teacher-ana"), TODAY),
                target.latestOnOrBefore(SPACE, "teacher-ana", TODAY).map(StoredConversation::pageId),
                target.latestBefore(SPACE, "teacher-ana", COACHING, TODAY.plusDays(1), 1)
                        .map(StoredConversation::pageId),
                target.countConversations(SPACE),
                target.countConversationsLeadingToAction(SPACE));

        // Then
        assertEquals(List.of(List.of(2L), Map.of("teacher-ana", TODAY.minusDays(30)), Optional.of(2L),
                Optional.of(2L), 1L, 0L), found);
    }

    @Test
    public void everyRead_shouldRefuseABlankSpaceKey() {
        // When
        List<String> messages = List.of(
                assertThrows(IllegalArgumentException.class,
                        () -> target.findFollowUpsPastDue(" ", TODAY, ResultPageRequest.first(10))).getMessage(),
                assertThrows(IllegalArgumentException.class,
                        () -> target.latestConversationDates("", List.of("teacher-ana"), TODAY)).getMessage(),
                assertThrows(IllegalArgumentException.class,
                        () -> target.latestOnOrBefore(null, "teacher-ana", TODAY)).getMessage(),
                assertThrows(IllegalArgumentException.class,
                        () -> target.latestBefore(" ", "teacher-ana", COACHING, TODAY, 5)).getMessage(),
                assertThrows(IllegalArgumentException.class, () -> target.countConversations("")).getMessage(),
                assertThrows(IllegalArgumentException.class,
                        () -> target.countConversationsLeadingToAction(" ")).getMessage());

        // Then
        assertEquals(List.of("Follow-ups past due: the space key is required.",
                "Latest conversations: the space key is required.",
                "Latest conversation: the space key is required.",
                "Previous conversation: the space key is required.",
                "Conversation count: the space key is required.",
                "Conversation count: the space key is required."), messages);
    }

    private static List<Long> pageIds(ResultPage<StoredConversation> page) {
        return page.items().stream().map(StoredConversation::pageId).toList();
    }

    private static ConversationBuilder conversation(long pageId) {
        return new ConversationBuilder(pageId);
    }

    /** A coaching conversation of teacher-ana in {@link #SPACE}, led by coach-1, with no follow-up planned. */
    private static final class ConversationBuilder {
        private final long pageId;
        private String spaceKey = SPACE;
        private String teacherKey = "teacher-ana";
        private ConversationType type = ConversationType.COACHING_CONVERSATION;
        private LocalDate heldOn = TODAY;
        private LocalDate nextConversationOn;
        private LocalDate followUpHeldOn;

        private ConversationBuilder(long pageId) {
            this.pageId = pageId;
        }

        ConversationBuilder space(String key) {
            spaceKey = key;
            return this;
        }

        ConversationBuilder teacher(String key) {
            teacherKey = key;
            return this;
        }

        ConversationBuilder type(ConversationType conversationType) {
            type = conversationType;
            return this;
        }

        ConversationBuilder heldOn(LocalDate date) {
            heldOn = date;
            return this;
        }

        ConversationBuilder next(LocalDate date) {
            nextConversationOn = date;
            return this;
        }

        ConversationBuilder held(LocalDate date) {
            followUpHeldOn = date;
            return this;
        }

        StoredConversation build() {
            return new StoredConversation(pageId, spaceKey, type, teacherKey, Optional.of("coach-1"), heldOn,
                    Optional.ofNullable(nextConversationOn), Optional.ofNullable(followUpHeldOn));
        }
    }
}
