package org.coachingconversations.domain.followup;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Which viewer may see which page; anonymous visitors see nothing unless a page is public. */
public final class FakePageVisibility implements PageVisibility {

    private final Map<String, Set<Long>> visibleByViewer = new HashMap<>();
    private final Set<Long> publicPages = new HashSet<>();
    int batchCalls;

    public FakePageVisibility allow(String viewerKey, Long... pageIds) {
        visibleByViewer.computeIfAbsent(viewerKey, key -> new HashSet<>()).addAll(Set.of(pageIds));
        return this;
    }

    public FakePageVisibility makePublic(Long... pageIds) {
        publicPages.addAll(Set.of(pageIds));
        return this;
    }

    @Override
    public Set<Long> visiblePageIds(Optional<String> viewerKey, Collection<Long> pageIds) {
        batchCalls++;
        Set<Long> visible = viewerKey.map(key -> visibleByViewer.getOrDefault(key, Set.of())).orElse(Set.of());
        return pageIds.stream().filter(id -> visible.contains(id) || publicPages.contains(id))
                .collect(Collectors.toSet());
    }
}
