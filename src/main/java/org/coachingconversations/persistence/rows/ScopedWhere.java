package org.coachingconversations.persistence.rows;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.dashboard.DashboardScope;

/**
 * A WHERE clause with its parameters, narrowed to one viewer's {@link DashboardScope}: hidden pages left out, the
 * filter's pages kept, the date range on the list's own column. Id lists are cut in {@value #IDS_PER_LIST} ids, the
 * most some databases take in one IN list.
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
            and(pageIdColumn + " NOT IN (" + placeholders(chunk.size()) + ")", chunk.toArray());
        }
        scope.onlyPageIds().ifPresent(only -> {
            List<Long> ids = only.stream().sorted().toList();
            if (ids.isEmpty()) {
                and("1 = 0");
                return;
            }
            List<String> lists = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += IDS_PER_LIST) {
                List<Long> chunk = ids.subList(from, Math.min(from + IDS_PER_LIST, ids.size()));
                lists.add(pageIdColumn + " IN (" + placeholders(chunk.size()) + ")");
                values.addAll(chunk);
            }
            and("(" + String.join(" OR ", lists) + ")", values.toArray());
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

    public static Object[] ids(Collection<Long> ids) {
        return ids.toArray();
    }

}
