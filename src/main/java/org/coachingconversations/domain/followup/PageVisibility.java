package org.coachingconversations.domain.followup;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Which Confluence pages a person may view, asked for a batch of pages at once. */
public interface PageVisibility {

    /**
     * The subset of {@code pageIds} the viewer may see.
     *
     * @param viewerKey the viewer's user key; empty for an anonymous visitor
     */
    Set<Long> visiblePageIds(Optional<String> viewerKey, Collection<Long> pageIds);
}
