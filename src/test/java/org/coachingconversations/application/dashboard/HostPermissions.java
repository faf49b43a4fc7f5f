package org.coachingconversations.application.dashboard;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coachingconversations.domain.dashboard.SpaceVisibility;
import org.coachingconversations.domain.followup.PageVisibility;

/**
 * The host's permission checks as a test sets them: who may view the space, and for a restricted page, who may view
 * it; every other page of the space is open to whoever may view the space. Counts the host calls.
 */
final class HostPermissions implements PageVisibility, SpaceVisibility {

    private final Set<String> spaceViewers = new HashSet<>();
    private final Map<Long, Set<String>> restricted = new HashMap<>();
    int pageCalls;
    int pagesAsked;

    HostPermissions spaceViewers(String... viewers) {
        spaceViewers.addAll(Set.of(viewers));
        return this;
    }

    HostPermissions restrict(long pageId, String... viewers) {
        restricted.put(pageId, Set.of(viewers));
        return this;
    }

    HostPermissions open(long pageId) {
        restricted.remove(pageId);
        return this;
    }

    @Override
    public Set<Long> visiblePageIds(Optional<String> viewerKey, Collection<Long> pageIds) {
        pageCalls++;
        pagesAsked += pageIds.size();
        return pageIds.stream().filter(id -> viewerKey.isPresent() && spaceViewers.contains(viewerKey.get())
                && (!restricted.containsKey(id) || restricted.get(id).contains(viewerKey.get())))
                .collect(Collectors.toSet());
    }

    @Override
    public boolean canView(Optional<String> viewerKey, String spaceKey) {
        return viewerKey.isPresent() && spaceViewers.contains(viewerKey.get());
    }
}
