package org.coachingconversations.domain.followup;

import java.util.List;

/** Cuts a page out of an already filtered and sorted list, as a database would with OFFSET/LIMIT. */
final class ResultPages {

    private ResultPages() {
    }

    static <T> ResultPage<T> of(List<T> matching, ResultPageRequest request) {
        int from = (int) Math.min(request.offset(), matching.size());
        int to = Math.min(from + request.limit(), matching.size());
        return new ResultPage<>(matching.subList(from, to), matching.size(), request);
    }
}
