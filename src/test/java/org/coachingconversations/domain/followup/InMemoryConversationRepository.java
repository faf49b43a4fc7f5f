package org.coachingconversations.domain.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;

/** Conversations in a list; "leads to action" joins with the step fake as the database would. */
final class InMemoryConversationRepository implements ConversationRepository {

    private final List<StoredConversation> conversations = new ArrayList<>();
    private final InMemoryActionStepRepository steps;
    final List<Integer> latestDateBatchSizes = new ArrayList<>();

    InMemoryConversationRepository(InMemoryActionStepRepository steps) {
        this.steps = steps;
    }

    InMemoryConversationRepository add(StoredConversation... added) {
        conversations.addAll(List.of(added));
        return this;
    }

    @Override
    public Page<StoredConversation> findFollowUpsPastDue(String spaceKey, LocalDate today, PageRequest page) {
        List<StoredConversation> matching = conversations.stream()
                .filter(conversation -> conversation.spaceKey().equals(spaceKey))
                .filter(conversation -> conversation.isFollowUpPastDue(today))
                .sorted(Comparator.comparing((StoredConversation c) -> c.nextConversationOn().get())
                        .thenComparingLong(StoredConversation::pageId))
                .toList();
        return Pages.of(matching, page);
    }

    @Override
    public Map<String, LocalDate> latestConversationDates(String spaceKey, Collection<String> teacherKeys,
            LocalDate onOrBefore) {
        latestDateBatchSizes.add(teacherKeys.size());
        Map<String, LocalDate> latest = new HashMap<>();
        conversations.stream()
                .filter(conversation -> conversation.spaceKey().equals(spaceKey))
                .filter(conversation -> teacherKeys.contains(conversation.teacherKey()))
                .filter(conversation -> !conversation.heldOn().isAfter(onOrBefore))
                .forEach(conversation -> latest.merge(conversation.teacherKey(), conversation.heldOn(),
                        (first, second) -> first.isAfter(second) ? first : second));
        return latest;
    }

    @Override
    public Optional<StoredConversation> latestOnOrBefore(String spaceKey, String teacherKey, LocalDate onOrBefore) {
        return conversations.stream()
                .filter(conversation -> conversation.spaceKey().equals(spaceKey))
                .filter(conversation -> conversation.teacherKey().equals(teacherKey))
                .filter(conversation -> !conversation.heldOn().isAfter(onOrBefore))
                .max(Comparator.comparing(StoredConversation::heldOn).thenComparingLong(StoredConversation::pageId));
    }

    @Override
    public Optional<StoredConversation> latestBefore(String spaceKey, String teacherKey, Set<ConversationType> types,
            LocalDate heldOn, long pageId) {
        return conversations.stream()
                .filter(conversation -> conversation.spaceKey().equals(spaceKey))
                .filter(conversation -> conversation.teacherKey().equals(teacherKey))
                .filter(conversation -> types.contains(conversation.type()))
                .filter(conversation -> conversation.heldOn().isBefore(heldOn)
                        || conversation.heldOn().equals(heldOn) && conversation.pageId() < pageId)
                .max(Comparator.comparing(StoredConversation::heldOn).thenComparingLong(StoredConversation::pageId));
    }

    @Override
    public long countConversations(String spaceKey) {
        return conversations.stream().filter(conversation -> conversation.spaceKey().equals(spaceKey)).count();
    }

    @Override
    public long countConversationsLeadingToAction(String spaceKey) {
        return conversations.stream()
                .filter(conversation -> conversation.spaceKey().equals(spaceKey))
                .filter(conversation -> steps.all().stream().anyMatch(step -> step.pageId() == conversation.pageId()
                        && step.status() != ActionStepStatus.DROPPED && step.isOwnedAndDated()))
                .count();
    }
}
