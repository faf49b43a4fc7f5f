package org.coachingconversations.persistence.rows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.dashboard.DashboardScope;

/**
 * A WHERE clause with its parameters, narrowed to one viewer's {@link DashboardScope}: hidden pages left out, the
 * filter's pages kept, the date range on the list's own column. Id lists are cut in {@value #IDS_PER_LIST} ids, the
 * most some databases take in one IN list.
 *
 * <p>Page ids go into the statement as number literals, not as parameters: they are {@code long}s the app read from
 * its own tables, so nothing can be injected, and PostgreSQL then hashes a long {@code NOT IN} list. With parameters,
 * once it switched the prepared statement to a generic plan (after a few runs), it compared every row with every id:
 * the overdue list of a teacher who may not view 995 pages went from 40 ms to 120 ms per run (docs/benchmark.md).
 */
public final class ScopedWhere {

    public static final int IDS_PER_LIST = 500;

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    private ScopedWhere() {
    }

    public static ScopedWhere of(String clause, Object... values) {
        ScopedWhere where = new ScopedWhere();
        where.sql.append(clause);
        Collections.addAll(where.parameters, values);
        return where;
    }

    public ScopedWhere and(String clause, Object... values) {
        sql.append(" AND ").append(clause);
        Collections.addAll(parameters, values);
        return this;
    }

    /**
     * @param dateColumn the day-number column the scope's date range applies to; empty when the range does not
     *     apply to this list
     */
    public ScopedWhere scope(DashboardScope scope, String pageIdColumn, Optional<String> dateColumn) {
        List<Long> hidden = scope.hiddenPageIds().stream().sorted().toList();
        for (int from = 0; from < hidden.size(); from += IDS_PER_LIST) {
            List<Long> chunk = hidden.subList(from, Math.min(from + IDS_PER_LIST, hidden.size()));
            and(pageIdColumn + " NOT IN (" + literals(chunk) + ")");
        }
        scope.onlyPageIds().ifPresent(only -> {
            List<Long> ids = only.stream().sorted().toList();
            if (ids.isEmpty()) {
                and("1 = 0");
                return;
            }
            List<String> lists = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += IDS_PER_LIST) {
                List<Long> chunk = ids.subList(from, Math.min(from + IDS_PER_LIST, ids.size()));
                lists.add(pageIdColumn + " IN (" + literals(chunk) + ")");
            }
            and("(" + String.join(" OR ", lists) + ")");
        });
        dateColumn.ifPresent(column -> {
            scope.from().ifPresent(from -> and(column + " >= ?", DayNumbers.bound(from)));
            scope.to().ifPresent(to -> and(column + " <= ?", DayNumbers.bound(to)));
        });
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public Object[] parameters() {
        return parameters.toArray();
    }

    /** {@code ASC} or {@code DESC} for the scope's order. */
    public static String direction(DashboardScope scope) {
        return scope.newestFirst() ? " DESC" : " ASC";
    }

    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Ids as number literals; {@code Long.toString} writes digits and a sign only. */
    private static String literals(List<Long> ids) {
        StringBuilder text = new StringBuilder();
        for (Long id : ids) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(Long.toString(id));
        }
        return text.toString();
    }

}
