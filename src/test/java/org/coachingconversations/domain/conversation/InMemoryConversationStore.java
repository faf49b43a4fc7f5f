package org.coachingconversations.domain.conversation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * Each page's conversation and its version in a map, refusing what the SQL store refuses with the same messages and
 * conflict; for tests of the code that writes conversations. {@link InMemoryConversationStoreTest} holds it to the
 * contract that store passes.
 */
public final class InMemoryConversationStore implements ConversationStore {

    private static final String WHAT = "Conversation";

    private final Map<Long, Versioned<StoredConversation>> stored = new HashMap<>();
    private final Map<Long, Boolean> leadsToAction = new HashMap<>();
    private final Set<Long> trashedPages = new HashSet<>();

    /** The page went to the trash; its conversation stays but is no longer found or updated. */
    public void trash(long pageId) {
        trashedPages.add(pageId);
    }

    /** What {@link #recordLeadsToAction} last recorded for the page. */
    public boolean leadsToAction(long pageId) {
        return leadsToAction.getOrDefault(pageId, false);
    }

    @Override
    public Versioned<StoredConversation> register(StoredConversation conversation) {
        Objects.requireNonNull(conversation, "conversation");
        checkPageId(conversation.pageId());
        if (stored.containsKey(conversation.pageId())) {
            throw new IllegalStateException(WHAT + " on page " + conversation.pageId() + " is already stored"
                    + (trashedPages.contains(conversation.pageId()) ? " (the page is in the trash)" : "")
                    + "; update it instead.");
        }
        Versioned<StoredConversation> registered = new Versioned<>(conversation, 0);
        stored.put(conversation.pageId(), registered);
        return registered;
    }

    @Override
    public Versioned<StoredConversation> update(StoredConversation conversation, long expectedVersion) {
        Objects.requireNonNull(conversation, "conversation");
        long pageId = conversation.pageId();
        checkPageId(pageId);
        Versioned<StoredConversation> current = stored.get(pageId);
        if (current == null) {
            throw new IllegalStateException(WHAT + " on page " + pageId + " is not stored; register it first.");
        }
        if (trashedPages.contains(pageId)) {
            throw new IllegalStateException(WHAT + " on page " + pageId + " is in the trash; restore the page first.");
        }
        if (current.version() != expectedVersion) {
            throw ConcurrentUpdateException.staleVersion(WHAT + " on page " + pageId, expectedVersion, current.version());
        }
        Versioned<StoredConversation> updated = new Versioned<>(conversation, expectedVersion + 1);
        stored.put(pageId, updated);
        return updated;
    }

    @Override
    public Optional<Versioned<StoredConversation>> find(long pageId) {
        checkPageId(pageId);
        return trashedPages.contains(pageId) ? Optional.empty() : Optional.ofNullable(stored.get(pageId));
    }

    @Override
    public void recordLeadsToAction(long pageId, boolean leads) {
        checkPageId(pageId);
        if (stored.containsKey(pageId)) {
            leadsToAction.put(pageId, leads);
        }
    }

    private static void checkPageId(long pageId) {
        if (pageId <= 0) {
            throw new IllegalArgumentException(WHAT + ": the page id " + pageId + " is not a page.");
        }
    }
}
