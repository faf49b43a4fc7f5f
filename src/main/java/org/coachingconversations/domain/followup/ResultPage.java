package org.coachingconversations.domain.followup;

import java.util.List;
import java.util.Objects;

/**
 * One page of query results and the number of rows the whole query matches, so a dashboard can
 * say "12 overdue" while it lists only the first few.
 */
public record ResultPage<T>(List<T> items, long total, ResultPageRequest request) {

    public ResultPage {
        items = List.copyOf(items);
        Objects.requireNonNull(request, "request");
        if (items.size() > request.limit()) {
            throw new IllegalArgumentException("Page: " + items.size() + " items exceed the limit of "
                    + request.limit() + ".");
        }
        // An empty page may lie beyond the total: rows can go away between reading one page and the next.
        if (!items.isEmpty() && total < request.offset() + items.size()) {
            throw new IllegalArgumentException("Page: the total " + total + " is smaller than the "
                    + (request.offset() + items.size()) + " rows up to this page.");
        }
    }

    public static <T> ResultPage<T> empty(ResultPageRequest request) {
        return new ResultPage<>(List.of(), 0, request);
    }

    /** Whether rows remain after this page. */
    public boolean hasMore() {
        return request.offset() + items.size() < total;
    }
}
