package org.coachingconversations.domain.quality;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.lifecycle.PageDataLifecycle;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;

/** Self-checks in a map, held to the same contract as the SQL store ({@link SelfCheckStoreContract}). */
public final class InMemorySelfCheckStore implements SelfCheckStore, PageDataLifecycle {

    private final Map<Long, Versioned<SavedSelfCheck>> stored = new HashMap<>();
    private final Set<Long> trashed = new HashSet<>();

    @Override
    public synchronized Versioned<SavedSelfCheck> saveFirst(SavedSelfCheck selfCheck) {
        long pageId = selfCheck.pageId();
        if (trashed.contains(pageId)) {
            throw new IllegalStateException(subject(pageId) + " is in the trash; restore the page first.");
        }
        Versioned<SavedSelfCheck> existing = stored.get(pageId);
        if (existing != null) {
            throw ConcurrentUpdateException.alreadyStored(subject(pageId), existing.version());
        }
        Versioned<SavedSelfCheck> first = new Versioned<>(selfCheck, Versioned.FIRST_VERSION);
        stored.put(pageId, first);
        return first;
    }

    @Override
    public synchronized Versioned<SavedSelfCheck> saveChange(SavedSelfCheck selfCheck, long expectedVersion) {
        long pageId = selfCheck.pageId();
        Versioned<SavedSelfCheck> existing = stored.get(pageId);
        if (existing == null) {
            throw new IllegalStateException(subject(pageId) + " is not saved yet; save it for the first time.");
        }
        if (trashed.contains(pageId)) {
            throw new IllegalStateException(subject(pageId) + " is in the trash; restore the page first.");
        }
        if (existing.version() != expectedVersion) {
            throw ConcurrentUpdateException.staleVersion(subject(pageId), expectedVersion, existing.version());
        }
        Versioned<SavedSelfCheck> changed = new Versioned<>(selfCheck, expectedVersion + 1);
        stored.put(pageId, changed);
        return changed;
    }

    @Override
    public synchronized Optional<Versioned<SavedSelfCheck>> find(long pageId) {
        checkPageId(pageId);
        return trashed.contains(pageId) ? Optional.empty() : Optional.ofNullable(stored.get(pageId));
    }

    @Override
    public synchronized void pageTrashed(long pageId) {
        checkPageId(pageId);
        if (stored.containsKey(pageId)) {
            trashed.add(pageId);
        }
    }

    @Override
    public synchronized void pageRestored(long pageId) {
        checkPageId(pageId);
        trashed.remove(pageId);
    }

    @Override
    public synchronized void pagePurged(long pageId) {
        checkPageId(pageId);
        stored.remove(pageId);
        trashed.remove(pageId);
    }

    @Override
    public synchronized void spaceRemoved(String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("Removed space: the space key is required.");
        }
        stored.values().removeIf(saved -> saved.value().spaceKey().equals(spaceKey));
        trashed.retainAll(stored.keySet());
    }

    private static void checkPageId(long pageId) {
        if (pageId <= 0) {
            throw new IllegalArgumentException("Self-check: the page id " + pageId + " is not a page.");
        }
    }

    private static String subject(long pageId) {
        return "Self-check on page " + pageId;
    }
}
