package org.coachingconversations.domain.dashboard;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one viewer's dashboard queries read: rows of the space, never on a page hidden from the viewer, only on the
 * pages the filter selected (when it selects pages), with their date in the range. The database leaves the hidden
 * pages out, so its counts are the viewer's counts.
 *
 * @param hiddenPageIds listed restricted pages the host says the viewer may not view
 * @param onlyPageIds the pages a teacher, coach or type filter selected; empty for no such filter
 * @param newestFirst the list's date order
 */
public record DashboardScope(String spaceKey, Set<Long> hiddenPageIds, Optional<Set<Long>> onlyPageIds,
        Optional<LocalDate> from, Optional<LocalDate> to, boolean newestFirst) {

    /** The most pages a filter may select; the database gets them as one IN list. */
    public static final int MAX_SELECTED_PAGES = 2000;

    public DashboardScope {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("Dashboard: the space key is required.");
        }
        hiddenPageIds = Set.copyOf(hiddenPageIds);
        onlyPageIds = Objects.requireNonNull(onlyPageIds, "onlyPageIds").map(Set::copyOf);
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
    }

    /** The whole space as a viewer who may view every page sees it. */
    public static DashboardScope wholeSpace(String spaceKey) {
        return new DashboardScope(spaceKey, Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    /** Whether the filter selected no page at all: every list is empty. */
    public boolean selectsNothing() {
        return onlyPageIds.map(Set::isEmpty).orElse(false);
    }

    public DashboardScope newestFirst(boolean value) {
        return new DashboardScope(spaceKey, hiddenPageIds, onlyPageIds, from, to, value);
    }

    public DashboardScope hiding(Set<Long> morePageIds) {
        Set<Long> hidden = new java.util.HashSet<>(hiddenPageIds);
        hidden.addAll(morePageIds);
        return new DashboardScope(spaceKey, hidden, onlyPageIds, from, to, newestFirst);
    }
}
