package org.coachingconversations.domain.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;

/**
 * Conversations in a list; "leads to action" joins with the step fake as the database would. Like the database it
 * leaves out pages in the trash and refuses what the SQL repository refuses;
 * {@link InMemoryConversationRepositoryTest} holds it to the contract that repository passes.
 */
public final class InMemoryConversationRepository implements ConversationRepository {

    /** The SQL repository's bound on the teachers of one {@link #latestConversationDates} call. */
    private static final int MAX_TEACHERS_PER_QUERY = 1000;

    private final List<StoredConversation> conversations = new ArrayList<>();
    private final Set<Long> trashedPages = new HashSet<>();
    private final InMemoryActionStepRepository steps;
    public final List<Integer> latestDateBatchSizes = new ArrayList<>();

    public InMemoryConversationRepository(InMemoryActionStepRepository steps) {
        this.steps = steps;
    }

    public InMemoryConversationRepository add(StoredConversation... added) {
        conversations.addAll(List.of(added));
        return this;
    }

    public InMemoryConversationRepository trash(long pageId) {
        trashedPages.add(pageId);
        return this;
    }

    private Stream<StoredConversation> inSpace(String what, String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException(what + ": the space key is required.");
        }
        return conversations.stream()
                .filter(conversation -> conversation.spaceKey().equals(spaceKey))
                .filter(conversation -> !trashedPages.contains(conversation.pageId()));
    }

    private static void requireTeacher(String what, String teacherKey) {
        if (teacherKey == null || teacherKey.isBlank()) {
            throw new IllegalArgumentException(what + ": the teacher is required.");
        }
    }

    @Override
    public ResultPage<StoredConversation> findFollowUpsPastDue(String spaceKey, LocalDate today, ResultPageRequest page) {
        List<StoredConversation> matching = inSpace("Follow-ups past due", spaceKey)
                .filter(conversation -> conversation.isFollowUpPastDue(today))
                .sorted(Comparator.comparing((StoredConversation c) -> c.nextConversationOn().get())
                        .thenComparingLong(StoredConversation::pageId))
                .toList();
        return ResultPages.of(matching, page);
    }

    @Override
    public Map<String, LocalDate> latestConversationDates(String spaceKey, Collection<String> teacherKeys,
            LocalDate onOrBefore) {
        latestDateBatchSizes.add(teacherKeys.size());
        Stream<StoredConversation> inSpace = inSpace("Latest conversations", spaceKey);
        long distinctTeachers = teacherKeys.stream().filter(Objects::nonNull).distinct().count();
        if (distinctTeachers > MAX_TEACHERS_PER_QUERY) {
            throw new IllegalArgumentException("Latest conversations: " + distinctTeachers
                    + " teachers asked for at once; at most " + MAX_TEACHERS_PER_QUERY + " per call.");
        }
        Map<String, LocalDate> latest = new HashMap<>();
        inSpace
                .filter(conversation -> teacherKeys.contains(conversation.teacherKey()))
                .filter(conversation -> !conversation.heldOn().isAfter(onOrBefore))
                .forEach(conversation -> latest.merge(conversation.teacherKey(), conversation.heldOn(),
                        (first, second) -> first.isAfter(second) ? first : second));
        return latest;
    }

    @Override
    public Optional<StoredConversation> latestOnOrBefore(String spaceKey, String teacherKey, LocalDate onOrBefore) {
        Stream<StoredConversation> inSpace = inSpace("Latest conversation", spaceKey);
        requireTeacher("Latest conversation", teacherKey);
        return inSpace
                .filter(conversation -> conversation.teacherKey().equals(teacherKey))
                .filter(conversation -> !conversation.heldOn().isAfter(onOrBefore))
                .max(Comparator.comparing(StoredConversation::heldOn).thenComparingLong(StoredConversation::pageId));
    }

    @Override
    public Optional<StoredConversation> latestBefore(String spaceKey, String teacherKey, Set<ConversationType> types,
            LocalDate heldOn, long pageId) {
        Stream<StoredConversation> inSpace = inSpace("Previous conversation", spaceKey);
        requireTeacher("Previous conversation", teacherKey);
        if (types == null || types.isEmpty() || types.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Previous conversation: name at least one conversation type.");
        }
        return inSpace
                .filter(conversation -> conversation.teacherKey().equals(teacherKey))
                .filter(conversation -> types.contains(conversation.type()))
                .filter(conversation -> conversation.heldOn().isBefore(heldOn)
                        || conversation.heldOn().equals(heldOn) && conversation.pageId() < pageId)
                .max(Comparator.comparing(StoredConversation::heldOn).thenComparingLong(StoredConversation::pageId));
    }

    @Override
    public long countConversations(String spaceKey) {
        return inSpace("Conversation count", spaceKey).count();
    }

    @Override
    public long countConversationsLeadingToAction(String spaceKey) {
        return inSpace("Conversation count", spaceKey)
                .filter(conversation -> steps.all().stream().anyMatch(step -> step.pageId() == conversation.pageId()
                        && step.status() != ActionStepStatus.DROPPED && step.isOwnedAndDated()))
                .count();
    }
}
