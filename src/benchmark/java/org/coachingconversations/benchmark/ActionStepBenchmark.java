package org.coachingconversations.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.coachingconversations.application.dashboard.ShowFollowUpDashboard;
import org.coachingconversations.persistence.actionstep.AoStepDashboardQueries;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.IntStream;
import org.coachingconversations.application.followup.RunOverdueScan;
import org.coachingconversations.application.followup.ShowSpaceFollowUps;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDeadlines;
import org.coachingconversations.domain.followup.FollowUpSummary;
import org.coachingconversations.domain.followup.OverdueScanBatch;
import org.coachingconversations.domain.followup.ResultPage;
import org.coachingconversations.domain.followup.SpaceTeachers;
import org.coachingconversations.domain.followup.SummaryOptions;
import org.coachingconversations.persistence.actionstep.AoActionStepRepository;
import org.coachingconversations.persistence.actionstep.AoOverdueFlagLedger;
import org.coachingconversations.persistence.conversation.AoConversationRepository;
import org.coachingconversations.confluence.macro.GuideMacroBenchmark;
import org.coachingconversations.persistence.conversation.AoCycleRecordRepository;
import org.coachingconversations.persistence.settings.AoSpaceSettingsRepository;

/**
 * {@code ./benchmark}: how the follow-up dashboard's action-step queries and the daily overdue scan hold up with a
 * million action steps, on the embedded H2 and, when one is named, on PostgreSQL; and how long the SPS analysis of a
 * large export takes and how much heap it needs ({@link SpsBenchmark}); and how long the guide and agenda macros take
 * to render ({@link GuideMacroBenchmark}). It is a command, not a test: a
 * missed goal is reported, only a wrong answer fails it. See docs/benchmark.md.
 */
public final class ActionStepBenchmark {

    static final double GOAL_SUMMARY_VS_LOAD_ALL = 20.0;
    static final double GOAL_SUMMARY_VS_JDBC = 1.5;
    static final double GOAL_SCAN_MILLIS = 100.0;

    private final BenchmarkOptions options;
    private final SchoolYear year;

    private ActionStepBenchmark(BenchmarkOptions options) {
        this.options = options;
        this.year = new SchoolYear(options);
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(BenchmarkOptions.USAGE);
            return;
        }
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException bad) {
            System.err.println(bad.getMessage());
            System.err.println(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            new ActionStepBenchmark(options).run();
        } catch (Timing.WrongResultException wrong) {
            System.out.flush();
            System.err.println("WRONG RESULT: " + wrong.getMessage());
            System.exit(1);
        }
    }

    private void run() throws Exception {
        System.out.println(Machine.describe());
        List<String> ratios = new ArrayList<>();
        if (options.sps()) {
            ratios.add(SpsBenchmark.measure(options.spsRows()));
        }
        if (options.macros()) {
            try {
                ratios.add(GuideMacroBenchmark.measure());
            } catch (GuideMacroBenchmark.DifferentPagesException different) {
                throw new Timing.WrongResultException(different.getMessage());
            }
        }
        if (options.actionSteps()) {
            System.out.println();
            System.out.printf("data: %,d action steps in %,d spaces; space %s has %,d; today is %s (%s)%n",
                    options.steps(), options.spaces(), year.bigSpaceKey(), options.bigSpaceSteps(),
                    year.todayIn(0), SchoolYear.NOW);
            measureActionSteps(ratios);
        }
        System.out.println("ratios: " + String.join("; ", ratios));
    }

    private void measureActionSteps(List<String> ratios) throws Exception {
        Path h2File = Path.of("target", "benchmark", "coaching-h2");
        Files.createDirectories(h2File.getParent());
        if (!options.keep() || !reusable(h2File)) {
            // A fresh file: faster than dropping a million rows, and an H2 file a killed run left half-written
            // cannot be opened again.
            Files.deleteIfExists(Path.of(h2File + ".mv.db"));
            Files.deleteIfExists(Path.of(h2File + ".trace.db"));
        }
        // Seeding H2 with a million steps takes minutes; BENCHMARK_SKIP_H2=1 measures PostgreSQL alone.
        if (options.postgres().isEmpty() || System.getenv("BENCHMARK_SKIP_H2") == null) {
            try (BenchmarkDatabase h2 = BenchmarkDatabase.h2(h2File)) {
                ratios.add(measure(h2));
            }
        }
        if (options.postgres().isPresent()) {
            try (BenchmarkDatabase postgres = BenchmarkDatabase.postgres(options.postgres().get())) {
                ratios.add(measure(postgres));
            }
        }
    }

    /** Whether the H2 file of an earlier run opens and holds this seed. */
    private boolean reusable(Path h2File) {
        try (BenchmarkDatabase h2 = BenchmarkDatabase.h2(h2File)) {
            h2.migrate();
            return new Seeder(year, h2).alreadySeeded();
        } catch (Exception unusable) {
            System.out.println("seed: the H2 file of an earlier run cannot be reused (" + unusable.getMessage()
                    + "); seeding again");
            return false;
        }
    }

    private String measure(BenchmarkDatabase database) throws Exception {
        String product = database.product();
        System.out.println();
        System.out.println("== " + product);
        Seeder seeder = new Seeder(year, database);
        Seeder.Seeded seeded;
        if (options.keep() && seeder.alreadySeeded()) {
            database.migrate();
            seeded = seeder.existing();
            System.out.println("seed: reused the data of an earlier run (--keep)");
        } else {
            long start = System.nanoTime();
            seeded = seeder.seed();
            System.out.printf("seed: %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        System.out.printf("rows: %,d action steps, %,d overdue notices, %,d conversations, %,d Cycle Records;"
                + " %,d open overdue steps in %s%n", seeded.steps(), seeded.flags(), seeded.conversations(),
                seeded.cycleRecords(), seeded.openOverdueInBigSpace(), year.bigSpaceKey());

        var activeObjects = database.activeObjects();
        AoSpaceSettingsRepository settings = new AoSpaceSettingsRepository(activeObjects,
                () -> TimeZone.getTimeZone("UTC"));
        AoActionStepRepository steps = new AoActionStepRepository(activeObjects);
        AoOverdueFlagLedger ledger = new AoOverdueFlagLedger(activeObjects);
        SummaryOptions summaryOptions = SummaryOptions.defaults();
        String space = year.bigSpaceKey();
        ActionStepDeadlines deadlines = new ActionStepDeadlines(settings.get(space).calendar(), SchoolYear.CLOCK,
                summaryOptions.dueSoonDays());
        ActionStepSections sections = new ActionStepSections(space, deadlines, summaryOptions.itemsPerSection());
        ShowSpaceFollowUps summaries = new ShowSpaceFollowUps(steps, new AoConversationRepository(
                activeObjects), new AoCycleRecordRepository(activeObjects, settings), roster(),
                (viewer, pageIds) -> Set.copyOf(pageIds), settings, SchoolYear.CLOCK);

        System.out.println("measuring (each variant warms up, then runs several times; figures as they come):");
        var repository = Timing.measure("(a,b) sections via AoActionStepRepository", 5, 15,
                () -> sections.throughRepository(steps));
        System.out.println(repository.describe());
        var jdbc = Timing.measure("(b) sections via hand-written JDBC", 5, 15,
                () -> sections.handWritten(database.jdbc()));
        System.out.println(jdbc.describe());
        var loadAll = Timing.measure("(a) sections by loading the space through AO", 1, 5,
                () -> sections.loadingEverything(activeObjects));
        System.out.println(loadAll.describe());
        var summary = Timing.measure("(info) whole dashboard, ShowSpaceFollowUps", 2, 5,
                () -> dashboard(summaries, space, summaryOptions));
        System.out.println(summary.describe());
        var overdueScan = Timing.measure("(c) overdue scan, nothing new (RunOverdueScan)", 1, 3,
                () -> scanEverything(new RunOverdueScan(steps, settings, ledger, SchoolYear.CLOCK)));
        System.out.println(overdueScan.describe());
        var overdueSql = Timing.measure("(baseline) the same question in one SQL statement", 2, 5,
                () -> unflaggedInOneQuery(database, settings));
        System.out.println(overdueSql.describe());

        sameAnswer("the repository", repository.result(), "loading everything", loadAll.result());
        sameAnswer("the repository", repository.result(), "hand-written JDBC", jdbc.result());
        sameAnswer("the repository", repository.result(), "ShowSpaceFollowUps", summary.result());
        if (repository.result().overdueTotal() != seeded.openOverdueInBigSpace()) {
            throw new Timing.WrongResultException("The repository counts " + repository.result().overdueTotal()
                    + " overdue steps in " + space + ", the seed " + seeded.openOverdueInBigSpace() + ".");
        }
        List<ActionStep> foundByScan = overdueScan.result().newlyOverdue();
        if (!foundByScan.isEmpty() || !overdueSql.result().isEmpty()) {
            throw new Timing.WrongResultException("Every overdue step was already reported, yet the scan found "
                    + foundByScan.size() + " new ones and the SQL query " + overdueSql.result().size() + ": "
                    + foundByScan.stream().limit(5).toList());
        }
        System.out.println("overdue scan: " + overdueScan.result().progress(seeded.steps()));
        System.out.printf("overdue scan vs. one SQL statement: %.0f ms / %.0f ms = %.2fx%n",
                overdueScan.medianMillis(), overdueSql.medianMillis(),
                overdueScan.medianMillis() / overdueSql.medianMillis());

        System.out.println("answer (all variants agree): " + repository.result());
        String dashboardRatios = measureDashboard(database, space, settings);
        String night = new OverdueNight(database, settings).measure();
        return String.format("%s: summary-vs-load-all=%.1fx (goal >= %.0fx) summary-vs-jdbc=%.2fx (goal <= %.1fx)"
                + " overdue-scan=%s%.0f ms (goal < %.0f ms) scan-vs-sql=%.2fx %s", product,
                loadAll.medianMillis() / repository.medianMillis(), GOAL_SUMMARY_VS_LOAD_ALL,
                repository.medianMillis() / jdbc.medianMillis(), GOAL_SUMMARY_VS_JDBC,
                overdueScan.result().finished() ? "" : ">", overdueScan.medianMillis(), GOAL_SCAN_MILLIS,
                overdueScan.medianMillis() / overdueSql.medianMillis(), night) + " " + dashboardRatios;
    }


    /**
     * (d) the whole follow-up dashboard with permission filtering and (e) its action-step sections, for a leader and
     * for a teacher who may view 90 % of the space's pages, each against loading the space and filtering in Java and
     * (e) against hand-written SQL with the same hidden pages left out.
     */
    private static String measureDashboard(BenchmarkDatabase database, String space,
            AoSpaceSettingsRepository settings) throws Exception {
        DashboardBenchmark bench = new DashboardBenchmark(database, space, settings);
        bench.restrictOnePageInTen();
        ShowFollowUpDashboard useCase = bench.useCase();
        var spaceSettings = settings.get(space);
        ActionStepDeadlines deadlines = new ActionStepDeadlines(spaceSettings.calendar(), SchoolYear.CLOCK,
                spaceSettings.dueSoonDays());
        AoStepDashboardQueries stepQueries = new AoStepDashboardQueries(database.activeObjects());
        List<String> ratios = new ArrayList<>();
        for (String viewer : List.of(DashboardBenchmark.LEADER, DashboardBenchmark.TEACHER)) {
            Set<Long> hidden = bench.hiddenFrom(viewer);
            var whole = Timing.measure("(d) whole dashboard, " + viewer, 3, 15,
                    () -> DashboardBenchmark.shown(bench.wholeDashboard(useCase, viewer)));
            System.out.println(whole.describe());
            var sections = Timing.measure("(e) step sections via AoStepDashboardQueries, " + viewer, 5, 15,
                    () -> bench.sectionsThroughRepository(stepQueries, deadlines, hidden));
            System.out.println(sections.describe());
            var sql = Timing.measure("(e) step sections via hand-written JDBC, " + viewer, 5, 15,
                    () -> bench.sectionsHandWritten(database.jdbc(), deadlines, hidden));
            System.out.println(sql.describe());
            var load = Timing.measure("(d,e) load the space, filter in Java, " + viewer, 1, 5,
                    () -> bench.loadingAndFiltering(deadlines, Optional.of(viewer)));
            System.out.println(load.describe());
            var chart = Timing.measure("(info) chart, overdue and done per week, " + viewer, 2, 10,
                    () -> useCase.chart(Optional.of(viewer), space,
                            org.coachingconversations.domain.dashboard.DashboardFilter.none()).size());
            System.out.println(chart.describe());
            sameAnswer("the dashboard", whole.result(), "its repository", sections.result());
            sameAnswer("the dashboard", whole.result(), "hand-written JDBC", sql.result());
            sameAnswer("the dashboard", whole.result(), "loading and filtering", load.result());
            System.out.println("dashboard answer for " + viewer + " (all variants agree): overdue "
                    + whole.result().overdueTotal() + ", due soon " + whole.result().dueSoonTotal());
            ratios.add(String.format("dashboard-%s=%.1f ms (goal <= %.0f ms) dashboard-vs-load=%.1fx (goal >= %.0fx)"
                    + " sections-vs-jdbc=%.2fx (goal <= %.1fx) sections-vs-load=%.1fx (goal >= %.0fx)", viewer,
                    whole.medianMillis(), DashboardBenchmark.GOAL_DASHBOARD_MILLIS,
                    load.medianMillis() / whole.medianMillis(), GOAL_SUMMARY_VS_LOAD_ALL,
                    sections.medianMillis() / sql.medianMillis(), GOAL_SUMMARY_VS_JDBC,
                    load.medianMillis() / sections.medianMillis(), GOAL_SUMMARY_VS_LOAD_ALL));
        }
        return String.join(" ", ratios);
    }

    /** The dashboard's action-step sections as the use case built them; the other sections are timed, not compared. */
    private static ActionStepSections.Answer dashboard(ShowSpaceFollowUps summaries, String space,
            SummaryOptions options) {
        FollowUpSummary summary = summaries.summarize(space, Optional.of("leader"), options);
        return new ActionStepSections.Answer(summary.overdueSteps().items(), summary.overdueSteps().total(),
                summary.dueSoonSteps().items(), summary.dueSoonSteps().total());
    }

    /** A scan still running after this long is stopped; where it got to tells how long the whole would take. */
    static final long SCAN_LIMIT_NANOS = 60_000_000_000L;

    /** How far one scan got: what it found, how many batches it read, and whether it reached the end. */
    record ScanOutcome(List<ActionStep> newlyOverdue, int batches, long lastStepId, boolean finished) {

        String progress(long allSteps) {
            return finished ? "finished in " + batches + " batches"
                    : String.format("stopped after %d s: %d batches, at step id %,d of %,d (%.0f%%)",
                            SCAN_LIMIT_NANOS / 1_000_000_000L, batches, lastStepId, allSteps,
                            100.0 * lastStepId / allSteps);
        }
    }

    /** One run of the scan, as the daily job is to run it: from the start to the end, in the largest batches it allows. */
    private static ScanOutcome scanEverything(RunOverdueScan scan) {
        long start = System.nanoTime();
        List<ActionStep> newlyOverdue = new ArrayList<>();
        long resumeAfter = 0;
        int batches = 0;
        while (true) {
            OverdueScanBatch batch = scan.next(resumeAfter, RunOverdueScan.MAX_BATCH_SIZE);
            batches++;
            newlyOverdue.addAll(batch.newlyOverdue());
            resumeAfter = batch.resumeAfterId();
            if (batch.finished()) {
                return new ScanOutcome(newlyOverdue, batches, resumeAfter, true);
            }
            if (System.nanoTime() - start > SCAN_LIMIT_NANOS) {
                return new ScanOutcome(newlyOverdue, batches, resumeAfter, false);
            }
        }
    }

    /** Open steps past their space's today with no notice for their due date, asked in one statement. */
    private static List<Long> unflaggedInOneQuery(BenchmarkDatabase database, AoSpaceSettingsRepository settings)
            throws SQLException {
        LocalDate latestDateOnEarth = LocalDate.now(SchoolYear.CLOCK.withZone(ZoneOffset.MAX));
        String steps = BenchmarkDatabase.table("ACTION_STEP");
        String flags = BenchmarkDatabase.table("OVERDUE_FLAG");
        List<Long> unflagged = new ArrayList<>();
        Map<String, LocalDate> todayBySpace = new HashMap<>();
        try (PreparedStatement statement = database.jdbc().prepareStatement("SELECT s.\"ID\", s.\"SPACE_KEY\","
                + " s.\"DUE_DATE\" FROM " + steps + " s WHERE s.\"STATUS\" = ? AND s.\"TRASHED\" = ?"
                + " AND s.\"DUE_DATE\" < ? AND NOT EXISTS (SELECT 1 FROM " + flags + " f"
                + " WHERE f.\"STEP_ID\" = s.\"ID\" AND f.\"DUE_DATE\" = s.\"DUE_DATE\") ORDER BY s.\"ID\"")) {
            statement.setString(1, "open");
            statement.setBoolean(2, false);
            statement.setInt(3, Seeder.dayNumber(latestDateOnEarth));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    LocalDate today = todayBySpace.computeIfAbsent(rows.getString(2),
                            key -> settings.get(key).calendar().today(SchoolYear.CLOCK));
                    if (Seeder.fromDayNumber(rows.getInt(3)).isBefore(today)) {
                        unflagged.add(rows.getLong(1));
                    }
                }
            }
        }
        return unflagged;
    }

    /** The roster a space's administrators would keep: its teachers, in a stable order. */
    private SpaceTeachers roster() {
        return (spaceKey, request) -> {
            int space = spaceKey.equals(year.bigSpaceKey()) ? 0 : Integer.parseInt(spaceKey.replace("SCHOOL", ""));
            int all = year.teachersIn(space);
            int from = (int) Math.min(request.offset(), all);
            int to = Math.min(all, from + request.limit());
            return new ResultPage<>(IntStream.range(from, to).mapToObj(i -> SchoolYear.teacher(space, i)).toList(), all,
                    request);
        };
    }

    private static void sameAnswer(String name, Object expected, String otherName, Object actual) {
        if (!expected.equals(actual)) {
            throw new Timing.WrongResultException(otherName + " disagrees with " + name + ":\n  " + name + ": "
                    + expected + "\n  " + otherName + ": " + actual);
        }
    }
}
