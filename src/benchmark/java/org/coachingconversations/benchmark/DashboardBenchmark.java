package org.coachingconversations.benchmark;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.coachingconversations.application.dashboard.ShowFollowUpDashboard;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDeadlines;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.dashboard.DashboardFilter;
import org.coachingconversations.domain.dashboard.DashboardRow;
import org.coachingconversations.domain.dashboard.DashboardScope;
import org.coachingconversations.domain.dashboard.DashboardSection;
import org.coachingconversations.domain.dashboard.FollowUpDashboard;
import org.coachingconversations.domain.dashboard.SectionRows;
import org.coachingconversations.domain.dashboard.SpaceVisibility;
import org.coachingconversations.domain.followup.PageVisibility;
import org.coachingconversations.domain.followup.ResultPage;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.persistence.actionstep.ActionStepEntity;
import org.coachingconversations.persistence.actionstep.AoOverdueFlagHistory;
import org.coachingconversations.persistence.actionstep.AoStepDashboardQueries;
import org.coachingconversations.persistence.conversation.AoConversationDashboardQueries;
import org.coachingconversations.persistence.dashboard.AoRestrictedPages;
import org.coachingconversations.persistence.settings.AoSpaceSettingsRepository;

/**
 * The follow-up dashboard with permission filtering, in {@code DISTRICT}: one page in ten carries a view
 * restriction (listed as the app lists them); a leader may view every page, a teacher the other 90 %. The host's
 * answers come from a map, so what is timed is the app's work: the listed pages read, the database's counted and
 * paged queries with the hidden pages left out, and the checks of each page of rows.
 */
final class DashboardBenchmark {

    static final double GOAL_DASHBOARD_MILLIS = 100.0;
    static final String LEADER = "leader";
    static final String TEACHER = "teacher-90";
    private static final int ROWS = 10;

    private final BenchmarkDatabase database;
    private final String space;
    private final AoSpaceSettingsRepository settings;
    private final ActiveObjects activeObjects;
    private Set<Long> restricted;

    DashboardBenchmark(BenchmarkDatabase database, String space, AoSpaceSettingsRepository settings) {
        this.database = database;
        this.space = space;
        this.settings = settings;
        this.activeObjects = database.activeObjects();
    }

    /** Lists every tenth page of the space as restricted, as the restriction events would have. */
    void restrictOnePageInTen() throws SQLException {
        List<Long> pages = new ArrayList<>();
        try (PreparedStatement statement = database.jdbc().prepareStatement("SELECT \"PAGE_ID\" FROM "
                + BenchmarkDatabase.table("CONVERSATION") + " WHERE \"SPACE_KEY\" = ? ORDER BY \"PAGE_ID\"")) {
            statement.setString(1, space);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    pages.add(rows.getLong(1));
                }
            }
        }
        AoRestrictedPages list = new AoRestrictedPages(activeObjects);
        Set<Long> already = list.inSpace(space);
        restricted = new HashSet<>();
        for (int i = 0; i < pages.size(); i += 10) {
            restricted.add(pages.get(i));
            if (!already.contains(pages.get(i))) {
                list.add(pages.get(i), space);
            }
        }
        System.out.printf("dashboard: %,d of %,d pages in %s restricted; the teacher may view the other %,d%n",
                restricted.size(), pages.size(), space, pages.size() - restricted.size());
    }

    /** The host, as a map: the leader sees every page, the teacher none of the restricted ones. */
    private final class Host implements PageVisibility, SpaceVisibility {

        @Override
        public Set<Long> visiblePageIds(Optional<String> viewerKey, java.util.Collection<Long> pageIds) {
            if (viewerKey.equals(Optional.of(LEADER))) {
                return Set.copyOf(pageIds);
            }
            return pageIds.stream().filter(id -> !restricted.contains(id)).collect(Collectors.toSet());
        }

        @Override
        public boolean canView(Optional<String> viewerKey, String spaceKey) {
            return true;
        }
    }

    ShowFollowUpDashboard useCase() {
        Host host = new Host();
        return new ShowFollowUpDashboard(new AoStepDashboardQueries(activeObjects),
                new AoConversationDashboardQueries(activeObjects),
                new org.coachingconversations.persistence.quality.AoSelfCheckDashboardQueries(activeObjects),
                new AoRestrictedPages(activeObjects), host, host,
                settings, new AoOverdueFlagHistory(activeObjects), SchoolYear.CLOCK);
    }

    static SectionRows section(FollowUpDashboard dashboard, DashboardSection id) {
        return dashboard.sections().stream().filter(section -> section.section() == id).findFirst().orElseThrow();
    }

    /** Totals and the first rows' pages and texts: what two answers must share. */
    record Shown(long overdueTotal, List<String> overdue, long dueSoonTotal, List<String> dueSoon) {
    }

    static Shown shown(FollowUpDashboard dashboard) {
        return new Shown(section(dashboard, DashboardSection.OVERDUE).total(),
                describe(section(dashboard, DashboardSection.OVERDUE).rows()),
                section(dashboard, DashboardSection.DUE_SOON).total(),
                describe(section(dashboard, DashboardSection.DUE_SOON).rows()));
    }

    private static List<String> describe(List<DashboardRow> rows) {
        return rows.stream().map(row -> row.pageId().getAsLong() + ":" + row.date().orElseThrow() + ":"
                + row.text().orElseThrow()).toList();
    }

    private static List<String> describeSteps(List<ActionStep> steps) {
        return steps.stream().map(step -> step.pageId() + ":" + step.dueOn().orElseThrow() + ":" + step.description())
                .toList();
    }

    /** The action-step sections through the dashboard's repository, for one viewer's hidden pages. */
    Shown sectionsThroughRepository(AoStepDashboardQueries queries, ActionStepDeadlines deadlines, Set<Long> hidden) {
        DashboardScope scope = new DashboardScope(space, hidden, Optional.empty(), Optional.empty(), Optional.empty(),
                false);
        ResultPage<ActionStep> overdue = queries.overdue(scope, deadlines.today(), ResultPageRequest.first(ROWS));
        ResultPage<ActionStep> dueSoon = queries.dueSoon(scope, deadlines.today(), deadlines.dueSoonUntil(),
                ResultPageRequest.first(ROWS));
        return new Shown(overdue.total(), describeSteps(overdue.items()), dueSoon.total(),
                describeSteps(dueSoon.items()));
    }

    /** The same sections in hand-written SQL on the same indexes, hidden pages left out the same way. */
    Shown sectionsHandWritten(Connection connection, ActionStepDeadlines deadlines, Set<Long> hidden)
            throws SQLException {
        // The ids as literals, as the repository writes them (see ScopedWhere): PostgreSQL hashes the list.
        List<Long> sorted = hidden.stream().sorted().toList();
        StringBuilder notIn = new StringBuilder();
        for (int from = 0; from < sorted.size(); from += 500) {
            notIn.append(" AND \"PAGE_ID\" NOT IN (").append(sorted.subList(from, Math.min(from + 500, sorted.size()))
                    .stream().map(String::valueOf).collect(Collectors.joining(", "))).append(")");
        }
        List<Long> ids = List.of();
        int today = Seeder.dayNumber(deadlines.today());
        int until = Seeder.dayNumber(deadlines.dueSoonUntil());
        String base = " FROM " + BenchmarkDatabase.table("ACTION_STEP") + " WHERE \"SPACE_KEY\" = ? AND \"STATUS\" = ?"
                + " AND \"TRASHED\" = ? AND ";
        String overdue = base + "\"DUE_DATE\" < ?" + notIn;
        String dueSoon = base + "\"DUE_DATE\" >= ? AND \"DUE_DATE\" <= ?" + notIn;
        return new Shown(count(connection, overdue, ids, today), select(connection, overdue, ids, today),
                count(connection, dueSoon, ids, today, until), select(connection, dueSoon, ids, today, until));
    }

    private long count(Connection connection, String from, List<Long> ids, int... days) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*)" + from)) {
            bind(statement, ids, days);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private List<String> select(Connection connection, String from, List<Long> ids, int... days)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT \"PAGE_ID\", \"DUE_DATE\","
                + " \"DESCRIPTION\"" + from + " ORDER BY \"DUE_DATE\", \"ID\" LIMIT " + ROWS)) {
            bind(statement, ids, days);
            List<String> shown = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    shown.add(rows.getLong(1) + ":" + Seeder.fromDayNumber(rows.getInt(2)) + ":" + rows.getString(3));
                }
            }
            return shown;
        }
    }

    private void bind(PreparedStatement statement, List<Long> ids, int... days) throws SQLException {
        int index = 1;
        statement.setString(index++, space);
        statement.setString(index++, ActionStepStatus.OPEN.id());
        statement.setBoolean(index++, false);
        for (int day : days) {
            statement.setInt(index++, day);
        }
        for (Long id : ids) {
            statement.setLong(index++, id);
        }
    }

    /**
     * The way without the database's help: every step of the space through AO, the viewer's hidden pages asked of the
     * host and filtered out in Java, then judged, sorted and counted.
     */
    Shown loadingAndFiltering(ActionStepDeadlines deadlines, Optional<String> viewer) {
        ActionStepEntity[] rows = activeObjects.find(ActionStepEntity.class, Query.select().where(
                ActionStepEntity.COLUMN_SPACE_KEY + " = ? AND " + ActionStepEntity.COLUMN_TRASHED + " = ?", space,
                false));
        List<ActionStep> steps = Arrays.stream(rows).map(ActionStepSections::toStep).toList();
        Set<Long> pages = steps.stream().map(ActionStep::pageId).collect(Collectors.toSet());
        Set<Long> visible = new Host().visiblePageIds(viewer, pages);
        Comparator<ActionStep> order = Comparator.comparing((ActionStep step) -> step.dueOn().orElseThrow())
                .thenComparingLong(ActionStep::id);
        List<ActionStep> overdue = steps.stream().filter(step -> visible.contains(step.pageId()))
                .filter(deadlines::isOverdue).sorted(order).toList();
        List<ActionStep> dueSoon = steps.stream().filter(step -> visible.contains(step.pageId()))
                .filter(deadlines::isDueSoon).sorted(order).toList();
        return new Shown(overdue.size(), describeSteps(overdue.subList(0, Math.min(ROWS, overdue.size()))),
                dueSoon.size(), describeSteps(dueSoon.subList(0, Math.min(ROWS, dueSoon.size()))));
    }

    Set<Long> hiddenFrom(String viewer) {
        return viewer.equals(LEADER) ? Set.of() : Set.copyOf(restricted);
    }

    FollowUpDashboard wholeDashboard(ShowFollowUpDashboard useCase, String viewer) {
        return useCase.overview(Optional.of(viewer), space, DashboardFilter.none(), ROWS);
    }
}
