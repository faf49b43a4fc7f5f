package org.coachingconversations.benchmark;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.DeleteContext;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.application.followup.RunDailyFollowUp;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.job.FollowUpRun;
import org.coachingconversations.persistence.actionstep.AoActionStepRepository;
import org.coachingconversations.persistence.actionstep.AoOverdueFlagLedger;
import org.coachingconversations.persistence.digest.AoDigestOutbox;
import org.coachingconversations.persistence.digest.AoDigestPreferences;
import org.coachingconversations.persistence.job.AoFollowUpRunLog;
import org.coachingconversations.persistence.settings.AoSpaceSettingsRepository;
import org.coachingconversations.persistence.transaction.AoUnitOfWork;
import org.coachingconversations.platform.ClusterLockedRun;
import org.coachingconversations.platform.ConfluenceDigestMail;
import org.coachingconversations.testing.host.InMemoryClusterLocks;
import org.coachingconversations.testing.host.RecordingMailQueue;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.coachingconversations.testing.i18n.ReaderLanguages;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;

/**
 * (f) A night with {@value #NEWLY_OVERDUE} newly overdue steps across the spaces: the whole daily job
 * ({@link RunDailyFollowUp}: scan, flags, outbox rows and progress per batch, then one digest per owner rendered from
 * its Velocity template and queued) on the seeded data. Open, owned steps not yet due, spread evenly over the spaces,
 * are given a due date two days back; each repetition starts from that state again (their flags, outbox rows and
 * runs deleted, {@code NOTICE_PENDING} set), and the end restores their due dates, so {@code --keep} data stays as
 * seeded. Host services are stand-ins: every page is viewable, every owner has an address, mail is only recorded.
 */
final class OverdueNight {

    static final int NEWLY_OVERDUE = 5_000;
    private static final int REPETITIONS = 3;

    private final BenchmarkDatabase database;
    private final AoSpaceSettingsRepository settings;

    OverdueNight(BenchmarkDatabase database, AoSpaceSettingsRepository settings) {
        this.database = database;
        this.settings = settings;
    }

    /** What one run did: the run as logged, and the digests the mail queue received. */
    record Outcome(FollowUpRun run, int digests, int owners) {
    }

    /** The figures and the ratios-line part, or a wrong result. */
    String measure() throws Exception {
        LocalDate slipped = LocalDate.now(SchoolYear.CLOCK).minusDays(2);
        Map<Long, Integer> originalDueDates = pickSteps();
        System.out.printf("overdue night: %,d open steps not yet due, in %,d spaces, made due on %s%n",
                originalDueDates.size(), spacesOf(originalDueDates.keySet()), slipped);
        List<Double> millis = new ArrayList<>();
        Outcome last = null;
        try {
            setDueDate(originalDueDates.keySet(), Seeder.dayNumber(slipped));
            for (int i = 0; i < REPETITIONS; i++) {
                reset(originalDueDates.keySet(), slipped);
                RecordingMailQueue mail = new RecordingMailQueue();
                RunDailyFollowUp job = job(mail);
                long start = System.nanoTime();
                FollowUpRun run = job.run(FollowUpRun.SCHEDULED).orElseThrow();
                millis.add((System.nanoTime() - start) / 1e6);
                last = new Outcome(run, mail.mails().size(), owners(originalDueDates.keySet()));
                System.out.printf("  run %d: %.0f ms, %,d steps flagged, %,d digests queued, %d errors%n", i + 1,
                        millis.get(i), run.stepsFlagged(), run.digestsQueued(), run.errors().size());
                check(last, originalDueDates.size());
            }
        } finally {
            reset(originalDueDates.keySet(), slipped);
            restore(originalDueDates);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted[sorted.length / 2];
        System.out.printf("(f) a night with %,d newly overdue steps (RunDailyFollowUp): median %.0f ms, min %.0f ms;"
                + " %,d digests queued for %,d owners%n", originalDueDates.size(), median, sorted[0],
                last.digests(), last.owners());
        return String.format("night-of-%d-overdue=%.0f ms, %d digests", originalDueDates.size(), median,
                last.digests());
    }

    private static void check(Outcome outcome, int expectedFlags) {
        if (outcome.run().stepsFlagged() != expectedFlags || outcome.digests() != outcome.owners()
                || outcome.run().digestsQueued() != outcome.digests() || !outcome.run().errors().isEmpty()) {
            throw new Timing.WrongResultException("The overdue night flagged " + outcome.run().stepsFlagged()
                    + " of " + expectedFlags + " steps and queued " + outcome.digests() + " digests for "
                    + outcome.owners() + " owners; errors: " + outcome.run().errors());
        }
    }

    private RunDailyFollowUp job(RecordingMailQueue mail) {
        var activeObjects = database.activeObjects();
        ConfluenceDigestMail digests = new ConfluenceDigestMail(everyoneHasAnAddress(), pagesByNumber(),
                VelocityTemplateRenderer.forPlugin(), BundleI18nResolver.fromDescriptor(),
                mode -> "https://wiki.district.example", mail, ReaderLanguages.reading(Locale.ENGLISH));
        PagePermissions everyPage = new PagePermissions() {
            @Override
            public boolean canView(Optional<String> userKey, long pageId) {
                return true;
            }

            @Override
            public boolean canEdit(Optional<String> userKey, long pageId) {
                return true;
            }
        };
        return new RunDailyFollowUp(new AoActionStepRepository(activeObjects), settings,
                new AoOverdueFlagLedger(activeObjects), new AoDigestOutbox(activeObjects),
                new AoDigestPreferences(activeObjects), new AoFollowUpRunLog(activeObjects), digests, everyPage,
                new AoUnitOfWork(activeObjects), new ClusterLockedRun(new InMemoryClusterLocks()), SchoolYear.CLOCK,
                RunDailyFollowUp.BATCH_SIZE);
    }

    /** Open, owned, untrashed steps not yet due anywhere, the same number from each space, in id order. */
    private Map<Long, Integer> pickSteps() throws SQLException {
        int spaces;
        try (Statement statement = database.jdbc().createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(DISTINCT \"SPACE_KEY\") FROM "
                        + BenchmarkDatabase.table("ACTION_STEP"))) {
            rows.next();
            spaces = rows.getInt(1);
        }
        int perSpace = Math.max(1, (NEWLY_OVERDUE + spaces - 1) / spaces);
        Map<Long, Integer> picked = new LinkedHashMap<>();
        Map<String, Integer> taken = new HashMap<>();
        try (PreparedStatement statement = database.jdbc().prepareStatement("SELECT \"ID\", \"SPACE_KEY\","
                + " \"DUE_DATE\" FROM " + BenchmarkDatabase.table("ACTION_STEP") + " WHERE \"STATUS\" = 'open'"
                + " AND \"TRASHED\" = ? AND \"OWNER_KEY\" IS NOT NULL AND \"DUE_DATE\" > ? ORDER BY \"ID\"")) {
            statement.setBoolean(1, false);
            statement.setInt(2, Seeder.dayNumber(LocalDate.now(SchoolYear.CLOCK).plusDays(1)));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next() && picked.size() < NEWLY_OVERDUE) {
                    if (taken.merge(rows.getString(2), 1, Integer::sum) <= perSpace) {
                        picked.put(rows.getLong(1), rows.getInt(3));
                    }
                }
            }
        }
        return picked;
    }

    private int spacesOf(Set<Long> stepIds) throws SQLException {
        return distinct("SPACE_KEY", stepIds);
    }

    private int owners(Set<Long> stepIds) throws SQLException {
        return distinct("OWNER_KEY", stepIds);
    }

    private int distinct(String column, Set<Long> stepIds) throws SQLException {
        Set<String> values = new HashSet<>();
        for (List<Long> chunk : chunks(stepIds)) {
            try (PreparedStatement statement = database.jdbc().prepareStatement("SELECT \"" + column + "\" FROM "
                    + BenchmarkDatabase.table("ACTION_STEP") + " WHERE \"ID\" IN (" + placeholders(chunk) + ")")) {
                bind(statement, chunk, 1);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        values.add(rows.getString(1));
                    }
                }
            }
        }
        return values.size();
    }

    private void setDueDate(Set<Long> stepIds, int dueDate) throws SQLException {
        for (List<Long> chunk : chunks(stepIds)) {
            try (PreparedStatement statement = database.jdbc().prepareStatement("UPDATE "
                    + BenchmarkDatabase.table("ACTION_STEP") + " SET \"DUE_DATE\" = ?, \"NOTICE_PENDING\" = ?"
                    + " WHERE \"ID\" IN (" + placeholders(chunk) + ")")) {
                statement.setInt(1, dueDate);
                statement.setBoolean(2, true);
                bind(statement, chunk, 3);
                statement.executeUpdate();
            }
        }
    }

    /** Back to the night before the job: no flag or outbox row for the slipped date, no run, notice owed. */
    private void reset(Set<Long> stepIds, LocalDate slipped) throws SQLException {
        for (List<Long> chunk : chunks(stepIds)) {
            try (PreparedStatement statement = database.jdbc().prepareStatement("DELETE FROM "
                    + BenchmarkDatabase.table("OVERDUE_FLAG") + " WHERE \"DUE_DATE\" = ? AND \"STEP_ID\" IN ("
                    + placeholders(chunk) + ")")) {
                statement.setInt(1, Seeder.dayNumber(slipped));
                bind(statement, chunk, 2);
                statement.executeUpdate();
            }
        }
        try (Statement statement = database.jdbc().createStatement()) {
            statement.executeUpdate("DELETE FROM " + BenchmarkDatabase.table("DIGEST_OUTBOX"));
            statement.executeUpdate("DELETE FROM " + BenchmarkDatabase.table("FOLLOW_UP_RUN"));
        }
        setDueDate(stepIds, Seeder.dayNumber(slipped));
    }

    private void restore(Map<Long, Integer> originalDueDates) throws SQLException {
        try (PreparedStatement statement = database.jdbc().prepareStatement("UPDATE "
                + BenchmarkDatabase.table("ACTION_STEP") + " SET \"DUE_DATE\" = ? WHERE \"ID\" = ?")) {
            for (Map.Entry<Long, Integer> step : originalDueDates.entrySet()) {
                statement.setInt(1, step.getValue());
                statement.setInt(2, step.getKey().intValue());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static List<List<Long>> chunks(Set<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            chunks.add(all.subList(from, Math.min(from + 1000, all.size())));
        }
        return chunks;
    }

    private static String placeholders(List<Long> chunk) {
        return String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
    }

    private static void bind(PreparedStatement statement, List<Long> ids, int first) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            statement.setInt(first + i, ids.get(i).intValue());
        }
    }

    /** Every owner has an address made from the user key. */
    private static UserManager everyoneHasAnAddress() {
        return new UserManager() {
            @Override
            public UserProfile getUserProfile(String username) {
                return null;
            }

            @Override
            public UserProfile getUserProfile(UserKey userKey) {
                return new UserProfile() {
                    @Override
                    public UserKey getUserKey() {
                        return userKey;
                    }

                    @Override
                    public String getUsername() {
                        return userKey.getStringValue();
                    }

                    @Override
                    public String getFullName() {
                        return userKey.getStringValue();
                    }

                    @Override
                    public URI getProfilePageUri() {
                        return null;
                    }

                    @Override
                    public String getEmail() {
                        return userKey.getStringValue() + "@district.example";
                    }
                };
            }

            @Override
            public UserKey getRemoteUserKey() {
                return null;
            }

            @Override
            public boolean isAdmin(UserKey userKey) {
                return false;
            }
        };
    }

    /** Every page exists, titled by its id. */
    private static PageManager pagesByNumber() {
        return new PageManager() {
            @Override
            public Page getPage(String spaceKey, String pageTitle) {
                return null;
            }

            @Override
            public AbstractPage getAbstractPage(long id) {
                Page page = new Page();
                page.setId(id);
                page.setTitle("Coaching conversation " + id);
                return page;
            }

            @Override
            public void trashPage(AbstractPage page, DeleteContext deleteContext) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void saveContentEntity(ContentEntityObject obj, SaveContext saveContext) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
