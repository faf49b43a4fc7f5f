package org.coachingconversations.domain.followup;

import java.util.List;

/**
 * One list on the dashboard: the items the viewer may see in detail and counts for the rest.
 *
 * @param items detailed items, only from pages the viewer may see
 * @param total everything that matches, seen or not
 * @param hiddenFromViewer matches read that sit on pages the viewer may not see
 */
public record SummarySection<T>(List<T> items, long total, long hiddenFromViewer) {

    public SummarySection {
        items = List.copyOf(items);
        if (hiddenFromViewer < 0) {
            throw new IllegalArgumentException("Summary section: the hidden count cannot be negative.");
        }
        if (total < items.size() + hiddenFromViewer) {
            throw new IllegalArgumentException("Summary section: the total " + total + " is smaller than the "
                    + (items.size() + hiddenFromViewer) + " items already counted.");
        }
    }

    public static <T> SummarySection<T> empty() {
        return new SummarySection<>(List.of(), 0, 0);
    }

    /** Matches neither listed nor known to be hidden: beyond what the summary read. */
    public long notListed() {
        return total - items.size() - hiddenFromViewer;
    }

    public boolean isEmpty() {
        return total == 0;
    }
}
