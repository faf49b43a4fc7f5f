package org.coachingconversations.benchmark;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TimeZone;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.persistence.conversation.AoCycleRecordRepository;
import org.coachingconversations.persistence.settings.AoSpaceSettingsRepository;

/**
 * Fills the app's tables with a school year of coaching: conversation pages, each with a few action steps, spread
 * over the year up to today, in the order people would have written them (so one space's rows are scattered
 * through the table, as in a real instance), and the overdue notices the daily job would have sent.
 *
 * <p>Steps, notices and conversations go in with JDBC batches (a million rows through AO one by one would take
 * an hour); space settings and Cycle Records, which need the app's own computations, go through the repositories.
 */
final class Seeder {

    private static final int BATCH = 5_000;
    private static final int COMMIT_EVERY = 50_000;
    private static final int PROGRESS_EVERY = 250_000;
    private static final int CYCLE_RECORDS_IN_BIG_SPACE = 400;
    private static final long FIRST_PAGE_ID = 1_000_000L;

    private static final List<String> PHRASES = List.of(
            "Use wait time of at least five seconds after open questions",
            "Post the learning target and refer back to it at the close of the lesson",
            "Try cold-calling with think-pair-share in the warm-up",
            "Collect an exit ticket and sort it into three groups for tomorrow's small groups",
            "Share the student perception survey results with the class and pick one goal",
            "Observe a colleague's math block focusing on student discourse",
            "Plan two checks for understanding per lesson segment",
            "Record a ten-minute video clip of the reading rotation for the next conversation",
            "Rewrite the rubric for the lab report in student-friendly language",
            "Send the updated seating chart and behaviour plan to the coach",
            "Model the annotation strategy, then release to partners",
            "Schedule the follow-up observation with the assistant principal");

    private final SchoolYear year;
    private final BenchmarkDatabase database;

    /** What the seed wrote, for the report. */
    record Seeded(long steps, long flags, long conversations, long cycleRecords, long openOverdueInBigSpace) {
    }

    Seeder(SchoolYear year, BenchmarkDatabase database) {
        this.year = year;
        this.database = database;
    }

    /** A page's worth of planning: which space, when it was held, how many steps, by whom. */
    private record PlannedPage(int space, LocalDate heldOn, int steps, int teacher, int observer, long seed,
            int order) {
    }

    Seeded seed() throws Exception {
        database.recreateSchema();
        Connection connection = database.jdbc();
        connection.setAutoCommit(false);
        long[] counts = new long[3];
        try (PreparedStatement steps = connection.prepareStatement(insert("ACTION_STEP", "ID", "PAGE_ID",
                "SPACE_KEY", "OWNER_KEY", "OWNER_ROLE", "DESCRIPTION", "DUE_DATE", "STATUS", "COMPLETED_DATE",
                "VERSION", "TRASHED", "NOTICE_PENDING"));
                PreparedStatement flags = connection.prepareStatement(insert("OVERDUE_FLAG", "ID", "STEP_ID",
                        "DUE_DATE", "OWNER_KEY", "FLAGGED_AT"));
                PreparedStatement conversations = connection.prepareStatement(insert("CONVERSATION", "ID",
                        "PAGE_ID", "SPACE_KEY", "CONVERSATION_TYPE", "TEACHER_KEY", "LEADER_KEY", "HELD_ON",
                        "NEXT_CONVERSATION_ON", "FOLLOW_UP_HELD_ON", "FOLLOW_UP_STATE", "LEADS_TO_ACTION",
                        "TRASHED", "VERSION"))) {
            Batches batches = new Batches(connection, steps, flags, conversations);
            long stepId = 0;
            long flagId = 0;
            long conversationId = 0;
            List<PlannedPage> pages = plan();
            for (int p = 0; p < pages.size(); p++) {
                PlannedPage page = pages.get(p);
                long pageId = FIRST_PAGE_ID + p;
                SplittableRandom random = new SplittableRandom(page.seed());
                boolean trashed = random.nextInt(100) == 0;
                LocalDate today = year.todayIn(page.space());
                String spaceKey = SchoolYear.spaceKey(page.space());
                boolean leadsToAction = false;
                for (int s = 0; s < page.steps(); s++) {
                    Step step = step(page, random, today);
                    stepId++;
                    steps.setLong(1, stepId);
                    steps.setLong(2, pageId);
                    steps.setString(3, spaceKey);
                    setNullable(steps, 4, step.owner(), Types.VARCHAR);
                    steps.setString(5, step.role());
                    steps.setString(6, PHRASES.get(random.nextInt(PHRASES.size())) + " (" + (s + 1) + " of "
                            + page.steps() + ")");
                    setNullable(steps, 7, dayNumber(step.due()), Types.INTEGER);
                    steps.setString(8, step.status());
                    setNullable(steps, 9, dayNumber(step.completed()), Types.INTEGER);
                    steps.setInt(10, 1 + random.nextInt(3));
                    steps.setBoolean(11, trashed);
                    // As the store keeps it: open, dated, and no notice for its due date in the ledger.
                    steps.setBoolean(12, step.status().equals("open") && step.due() != null && !step.wasFlagged());
                    steps.addBatch();
                    batches.added(steps);
                    if (stepId % PROGRESS_EVERY == 0) {
                        System.out.printf("seed: %,d action steps%n", stepId);
                    }
                    if (step.wasFlagged()) {
                        flagId++;
                        flags.setLong(1, flagId);
                        flags.setLong(2, stepId);
                        flags.setInt(3, dayNumber(step.due()));
                        setNullable(flags, 4, step.owner(), Types.VARCHAR);
                        flags.setTimestamp(5, Timestamp.from(step.due().plusDays(1).atTime(13, 0)
                                .toInstant(ZoneOffset.UTC)));
                        flags.addBatch();
                        batches.added(flags);
                    }
                    leadsToAction |= step.owner() != null && step.due() != null && !step.status().equals("dropped");
                }
                conversationId++;
                addConversation(conversations, conversationId, pageId, spaceKey, page, random, today, leadsToAction,
                        trashed);
                batches.added(conversations);
            }
            batches.flush();
            counts[0] = stepId;
            counts[1] = flagId;
            counts[2] = conversationId;
        } finally {
            connection.commit();
            connection.setAutoCommit(true);
        }
        restartIdentities(connection, "ACTION_STEP", counts[0]);
        restartIdentities(connection, "OVERDUE_FLAG", counts[1]);
        restartIdentities(connection, "CONVERSATION", counts[2]);
        long cycleRecords = seedThroughRepositories();
        analyze(connection);
        return new Seeded(counts[0], counts[1], counts[2], cycleRecords, openOverdueInBigSpace());
    }

    /** Whether an earlier run left exactly this seed behind. */
    boolean alreadySeeded() {
        try (Statement statement = database.jdbc().createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT \"SPACE_KEY\"), "
                        + "SUM(CASE WHEN \"SPACE_KEY\" = '" + year.bigSpaceKey() + "' THEN 1 ELSE 0 END) FROM "
                        + BenchmarkDatabase.table("ACTION_STEP"))) {
            rows.next();
            int expectedSteps = 0;
            for (int space = 0; space < year.spaces(); space++) {
                expectedSteps += year.stepsIn(space);
            }
            return rows.getLong(1) == expectedSteps && rows.getLong(2) == year.spaces()
                    && rows.getLong(3) == year.stepsIn(0);
        } catch (SQLException noTablesYet) {
            return false;
        }
    }

    Seeded existing() throws SQLException {
        return new Seeded(count("ACTION_STEP"), count("OVERDUE_FLAG"), count("CONVERSATION"), count("CYCLE_RECORD"),
                openOverdueInBigSpace());
    }

    // ---------------------------------------------------------------- the plan

    private List<PlannedPage> plan() {
        SplittableRandom random = new SplittableRandom(20260202L);
        List<PlannedPage> pages = new ArrayList<>();
        int daysSoFar = (int) (SchoolYear.NOW.atZone(ZoneOffset.UTC).toLocalDate().toEpochDay()
                - SchoolYear.FIRST_DAY.toEpochDay());
        for (int space = 0; space < year.spaces(); space++) {
            int remaining = year.stepsIn(space);
            while (remaining > 0) {
                int steps = Math.min(remaining, 2 + random.nextInt(7));
                remaining -= steps;
                LocalDate heldOn = SchoolYear.FIRST_DAY.plusDays(random.nextInt(daysSoFar + 1));
                pages.add(new PlannedPage(space, heldOn, steps, random.nextInt(year.teachersIn(space)),
                        random.nextInt(year.observersIn(space)), random.nextLong(), random.nextInt()));
            }
        }
        // Written as the year went by: a space's pages are interleaved with every other space's.
        pages.sort(Comparator.comparing(PlannedPage::heldOn).thenComparingInt(PlannedPage::order));
        return pages;
    }

    private record Step(String owner, String role, LocalDate due, String status, LocalDate completed,
            boolean wasFlagged) {
    }

    /**
     * Most steps get done; one in eight of those already due is still open (and was reported overdue), some are
     * dropped; a step done late or dropped after its date was usually reported too.
     */
    private Step step(PlannedPage page, SplittableRandom random, LocalDate today) {
        int roll = random.nextInt(100);
        String role;
        String owner;
        if (roll < 70) {
            role = "teacher";
            owner = SchoolYear.teacher(page.space(), page.teacher());
        } else if (roll < 95) {
            role = "observer";
            owner = SchoolYear.observer(page.space(), page.observer());
        } else {
            role = "coach";
            owner = SchoolYear.coach(page.space(), random.nextInt(year.coachesIn(page.space())));
        }
        if (random.nextInt(50) == 0) {
            owner = null;
        }
        LocalDate due = random.nextInt(20) == 0 ? null : page.heldOn().plusDays(2 + random.nextInt(74));
        boolean past = due != null && due.isBefore(today);
        int statusRoll = random.nextInt(100);
        String status;
        if (past) {
            status = statusRoll < 78 ? "done" : statusRoll < 88 ? "dropped" : "open";
        } else {
            status = statusRoll < 30 ? "done" : statusRoll < 35 ? "dropped" : "open";
        }
        LocalDate completed = null;
        boolean flagged = false;
        if (status.equals("done")) {
            LocalDate around = due != null ? due.plusDays(random.nextInt(14) - 7) : page.heldOn().plusDays(
                    random.nextInt(30));
            completed = around.isAfter(today) ? today : around.isBefore(page.heldOn()) ? page.heldOn() : around;
            flagged = due != null && completed.isAfter(due) && random.nextInt(10) < 6;
        } else if (status.equals("open")) {
            flagged = past;
        } else {
            flagged = past && random.nextBoolean();
        }
        return new Step(owner, role, due, status, completed, flagged);
    }

    private void addConversation(PreparedStatement statement, long id, long pageId, String spaceKey,
            PlannedPage page, SplittableRandom random, LocalDate today, boolean leadsToAction, boolean trashed)
            throws SQLException {
        int typeRoll = random.nextInt(10);
        String type = typeRoll < 7 ? "coaching-conversation" : typeRoll < 8 ? "video-coaching-cycle" : "cycle-record";
        LocalDate next = random.nextInt(10) < 7 ? page.heldOn().plusDays(14 + random.nextInt(22)) : null;
        LocalDate followUpHeld = next != null && !next.isAfter(today) && random.nextInt(4) != 0
                ? min(next.plusDays(random.nextInt(4)), today) : null;
        statement.setLong(1, id);
        statement.setLong(2, pageId);
        statement.setString(3, spaceKey);
        statement.setString(4, type);
        statement.setString(5, SchoolYear.teacher(page.space(), page.teacher()));
        statement.setString(6, SchoolYear.observer(page.space(), page.observer()));
        statement.setInt(7, dayNumber(page.heldOn()));
        setNullable(statement, 8, dayNumber(next), Types.INTEGER);
        setNullable(statement, 9, dayNumber(followUpHeld), Types.INTEGER);
        statement.setString(10, followUpHeld != null ? "HELD" : next != null ? "OWED" : "NONE");
        statement.setBoolean(11, leadsToAction);
        statement.setBoolean(12, trashed);
        statement.setLong(13, 0);
        statement.addBatch();
    }

    /**
     * Space settings (each school's zone and holidays) and the big space's Cycle Records, whose stored conference
     * windows only the app can compute, through the real repositories.
     */
    private long seedThroughRepositories() throws SQLException {
        ActiveObjects activeObjects = database.activeObjects();
        AoSpaceSettingsRepository settings = new AoSpaceSettingsRepository(activeObjects,
                () -> TimeZone.getTimeZone("UTC"));
        for (int space = 0; space < year.spaces(); space++) {
            settings.save(SchoolYear.spaceKey(space), year.settingsOf(space));
        }
        AoCycleRecordRepository records = new AoCycleRecordRepository(activeObjects, settings);
        SplittableRandom random = new SplittableRandom(3);
        LocalDate today = year.todayIn(0);
        long stored = 0;
        try (PreparedStatement statement = database.jdbc().prepareStatement("SELECT \"PAGE_ID\", \"TEACHER_KEY\", "
                + "\"LEADER_KEY\", \"HELD_ON\" FROM " + BenchmarkDatabase.table("CONVERSATION")
                + " WHERE \"SPACE_KEY\" = ? AND \"CONVERSATION_TYPE\" = 'cycle-record' AND \"TRASHED\" = ?"
                + " ORDER BY \"PAGE_ID\" DESC")) {
            statement.setString(1, year.bigSpaceKey());
            statement.setBoolean(2, false);
            statement.setMaxRows(CYCLE_RECORDS_IN_BIG_SPACE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    LocalDate observed = fromDayNumber(rows.getInt(4));
                    CycleRecordDates dates = CycleRecordDates.observed(observed,
                            ObservationType.values()[random.nextInt(ObservationType.values().length)]);
                    LocalDate conference = observed.plusDays(1 + random.nextInt(9));
                    if (!conference.isAfter(today) && random.nextInt(10) < 8) {
                        dates = dates.withConferenceOn(conference);
                        LocalDate finalized = conference.plusDays(1 + random.nextInt(5));
                        if (!finalized.isAfter(today) && random.nextInt(10) < 7) {
                            dates = dates.withFinalizedOn(finalized);
                        }
                    }
                    records.register(new StoredCycleRecord(rows.getLong(1), year.bigSpaceKey(), rows.getString(2),
                            rows.getString(3), dates));
                    stored++;
                }
            }
        }
        return stored;
    }

    // ---------------------------------------------------------------- JDBC helpers

    /** Executes each statement's batch when it is full and commits now and then, so no transaction grows huge. */
    private static final class Batches {
        private final Connection connection;
        private final List<PreparedStatement> statements;
        private final int[] pending;
        private long sinceCommit;

        Batches(Connection connection, PreparedStatement... statements) {
            this.connection = connection;
            this.statements = List.of(statements);
            this.pending = new int[statements.length];
        }

        void added(PreparedStatement statement) throws SQLException {
            int index = statements.indexOf(statement);
            if (++pending[index] >= BATCH) {
                statement.executeBatch();
                pending[index] = 0;
            }
            if (++sinceCommit >= COMMIT_EVERY) {
                flush();
            }
        }

        void flush() throws SQLException {
            for (int i = 0; i < statements.size(); i++) {
                if (pending[i] > 0) {
                    statements.get(i).executeBatch();
                    pending[i] = 0;
                }
            }
            connection.commit();
            sinceCommit = 0;
        }
    }

    private static String insert(String table, String... columns) {
        return "INSERT INTO " + BenchmarkDatabase.table(table) + " (\"" + String.join("\", \"", columns)
                + "\") VALUES (" + String.join(", ", java.util.Collections.nCopies(columns.length, "?")) + ")";
    }

    /** The ids were given explicitly; the next row AO creates must get one above them. */
    private void restartIdentities(Connection connection, String table, long lastId) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (database.isH2()) {
                statement.execute("ALTER TABLE " + BenchmarkDatabase.table(table) + " ALTER COLUMN \"ID\" RESTART WITH "
                        + (lastId + 1));
            } else {
                statement.execute("SELECT setval(pg_get_serial_sequence('" + BenchmarkDatabase.table(table)
                        + "', 'ID'), " + Math.max(1, lastId) + ")");
            }
        }
    }

    /** Fresh statistics, as autovacuum would have gathered on a live instance. */
    private void analyze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    private long openOverdueInBigSpace() throws SQLException {
        try (PreparedStatement statement = database.jdbc().prepareStatement("SELECT COUNT(*) FROM "
                + BenchmarkDatabase.table("ACTION_STEP") + " WHERE \"SPACE_KEY\" = ? AND \"STATUS\" = 'open'"
                + " AND \"TRASHED\" = ? AND \"DUE_DATE\" < ?")) {
            statement.setString(1, year.bigSpaceKey());
            statement.setBoolean(2, false);
            statement.setInt(3, dayNumber(year.todayIn(0)));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long count(String table) throws SQLException {
        try (Statement statement = database.jdbc().createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + BenchmarkDatabase.table(table))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void setNullable(PreparedStatement statement, int index, Object value, int sqlType)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else {
            statement.setObject(index, value, sqlType);
        }
    }

    static Integer dayNumber(LocalDate date) {
        return date == null ? null : date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    static LocalDate fromDayNumber(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
