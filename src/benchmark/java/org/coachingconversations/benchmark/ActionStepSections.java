package org.coachingconversations.benchmark;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.java.ao.Query;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDeadlines;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.followup.ActionStepQuery;
import org.coachingconversations.domain.followup.ActionStepRepository;
import org.coachingconversations.domain.followup.ResultPage;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.persistence.actionstep.ActionStepEntity;

/**
 * The action-step part of a space's dashboard, answered three ways: overdue steps and steps due soon, each as the
 * first page (ordered by due date, then id) with the number of all such steps.
 */
final class ActionStepSections {

    /** What a dashboard shows of the action steps. */
    record Answer(List<ActionStep> overdue, long overdueTotal, List<ActionStep> dueSoon, long dueSoonTotal) {

        @Override
        public String toString() {
            return "overdue " + overdueTotal + " " + ids(overdue) + ", due soon " + dueSoonTotal + " " + ids(dueSoon);
        }

        private static List<Long> ids(List<ActionStep> steps) {
            return steps.stream().map(ActionStep::id).toList();
        }
    }

    private static final Comparator<ActionStep> BY_DUE_DATE_THEN_ID = Comparator
            .comparing((ActionStep step) -> step.dueOn().orElseThrow())
            .thenComparingLong(ActionStep::id);

    private static final String COLUMNS = "\"ID\", \"PAGE_ID\", \"SPACE_KEY\", \"OWNER_KEY\", \"OWNER_ROLE\", "
            + "\"DESCRIPTION\", \"DUE_DATE\", \"STATUS\", \"COMPLETED_DATE\"";

    private final String spaceKey;
    private final ActionStepDeadlines deadlines;
    private final int pageSize;

    ActionStepSections(String spaceKey, ActionStepDeadlines deadlines, int pageSize) {
        this.spaceKey = spaceKey;
        this.deadlines = deadlines;
        this.pageSize = pageSize;
    }

    /** The app's way: the repository's two counted, paged queries, as {@code ShowSpaceFollowUps} asks them. */
    Answer throughRepository(ActionStepRepository repository) {
        ResultPage<ActionStep> overdue = repository.find(ActionStepQuery.overdueInSpace(spaceKey, deadlines.today()),
                ResultPageRequest.first(pageSize));
        ResultPage<ActionStep> dueSoon = repository.find(ActionStepQuery.dueSoonInSpace(spaceKey, deadlines.today(),
                deadlines.dueSoonUntil()), ResultPageRequest.first(pageSize));
        return new Answer(overdue.items(), overdue.total(), dueSoon.items(), dueSoon.total());
    }

    /**
     * The way Confluence's Task Report works: every step of the space through Active Objects, then the judging,
     * sorting and counting in Java.
     */
    Answer loadingEverything(ActiveObjects activeObjects) {
        ActionStepEntity[] rows = activeObjects.find(ActionStepEntity.class, Query.select().where(
                ActionStepEntity.COLUMN_SPACE_KEY + " = ? AND " + ActionStepEntity.COLUMN_TRASHED + " = ?",
                spaceKey, false));
        List<ActionStep> steps = Arrays.stream(rows).map(ActionStepSections::toStep).toList();
        List<ActionStep> overdue = steps.stream().filter(deadlines::isOverdue).sorted(BY_DUE_DATE_THEN_ID).toList();
        List<ActionStep> dueSoon = steps.stream().filter(deadlines::isDueSoon).sorted(BY_DUE_DATE_THEN_ID).toList();
        return new Answer(first(overdue), overdue.size(), first(dueSoon), dueSoon.size());
    }

    /** Hand-written SQL on the same tables and indexes: a COUNT and a LIMITed SELECT per section. */
    Answer handWritten(Connection connection) throws SQLException {
        String overdue = "\"DUE_DATE\" < ?";
        String dueSoon = "\"DUE_DATE\" >= ? AND \"DUE_DATE\" <= ?";
        Integer today = Seeder.dayNumber(deadlines.today());
        Integer until = Seeder.dayNumber(deadlines.dueSoonUntil());
        return new Answer(select(connection, overdue, today), count(connection, overdue, today),
                select(connection, dueSoon, today, until), count(connection, dueSoon, today, until));
    }

    private String where(String dueCondition) {
        return " FROM " + BenchmarkDatabase.table("ACTION_STEP") + " WHERE \"TRASHED\" = ? AND \"SPACE_KEY\" = ?"
                + " AND \"STATUS\" = ? AND " + dueCondition;
    }

    private long count(Connection connection, String dueCondition, Integer... bounds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*)" + where(dueCondition))) {
            bind(statement, bounds);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private List<ActionStep> select(Connection connection, String dueCondition, Integer... bounds)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + where(dueCondition)
                + " ORDER BY \"DUE_DATE\", \"ID\" LIMIT " + pageSize)) {
            bind(statement, bounds);
            List<ActionStep> steps = new ArrayList<>(pageSize);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    steps.add(toStep(rows));
                }
            }
            return steps;
        }
    }

    private void bind(PreparedStatement statement, Integer... bounds) throws SQLException {
        statement.setBoolean(1, false);
        statement.setString(2, spaceKey);
        statement.setString(3, ActionStepStatus.OPEN.id());
        for (int i = 0; i < bounds.length; i++) {
            statement.setInt(4 + i, bounds[i]);
        }
    }

    private List<ActionStep> first(List<ActionStep> sorted) {
        return sorted.subList(0, Math.min(pageSize, sorted.size()));
    }

    static ActionStep toStep(ActionStepEntity row) {
        return step(row.getID(), row.getPageId(), row.getSpaceKey(), row.getOwnerKey(), row.getOwnerRole(),
                row.getDescription(), row.getDueDate(), row.getStatus(), row.getCompletedDate());
    }

    static ActionStep toStep(ResultSet row) throws SQLException {
        return step(row.getLong("ID"), row.getLong("PAGE_ID"), row.getString("SPACE_KEY"), row.getString("OWNER_KEY"),
                row.getString("OWNER_ROLE"), row.getString("DESCRIPTION"), (Integer) row.getObject("DUE_DATE"),
                row.getString("STATUS"), (Integer) row.getObject("COMPLETED_DATE"));
    }

    private static ActionStep step(long id, long pageId, String spaceKey, String ownerKey, String role,
            String description, Integer dueDate, String status, Integer completedDate) {
        return new ActionStep(id, pageId, spaceKey, Optional.ofNullable(ownerKey),
                ParticipantRole.fromId(role).orElseThrow(), description, date(dueDate),
                ActionStepStatus.fromId(status).orElseThrow(), date(completedDate));
    }

    private static Optional<LocalDate> date(Integer yyyymmdd) {
        return yyyymmdd == null ? Optional.empty() : Optional.of(Seeder.fromDayNumber(yyyymmdd));
    }
}
