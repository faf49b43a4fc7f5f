package org.coachingconversations.persistence.conversation;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.coachingconversations.domain.followup.ResultPage;
import org.coachingconversations.domain.followup.ResultPageRequest;

/** A COUNT and one bounded, ordered SELECT for the same criteria: what every dashboard list needs. */
final class PagedQueries {

    private PagedQueries() {
    }

    static <E extends RawEntity<Integer>, T> ResultPage<T> page(ActiveObjects activeObjects, Class<E> type, String where,
            Object[] parameters, String order, ResultPageRequest request, Function<E, T> mapper) {
        Objects.requireNonNull(request, "page request");
        int total = activeObjects.count(type, Query.select().where(where, parameters));
        if (request.offset() >= total) {
            return new ResultPage<>(List.of(), total, request);
        }
        // offset < total, and a COUNT is an int, so the cast is exact
        E[] rows = activeObjects.find(type, Query.select().where(where, parameters).order(order)
                .offset((int) request.offset()).limit(request.limit()));
        // A row added between the COUNT and the SELECT must not make the page contradict its own total.
        return new ResultPage<>(Arrays.stream(rows).map(mapper).toList(), Math.max(total, request.offset() + rows.length),
                request);
    }

    /** "?, ?, ?" for an IN list of the given size. */
    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
