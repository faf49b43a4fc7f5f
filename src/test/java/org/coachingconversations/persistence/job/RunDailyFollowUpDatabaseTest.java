package org.coachingconversations.persistence.job;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.status.RunOutcome;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import org.coachingconversations.application.followup.RunDailyFollowUp;
import org.coachingconversations.confluence.job.DailyFollowUpJobRunner;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDetails;
import org.coachingconversations.domain.actionstep.ActionStepTestData;
import org.coachingconversations.domain.actionstep.ChangedBy;
import org.coachingconversations.domain.followup.OverdueFlag;
import org.coachingconversations.domain.followup.OverdueFlagLedger;
import org.coachingconversations.domain.job.FollowUpRun;
import org.coachingconversations.domain.job.RunState;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.persistence.actionstep.AoActionStepRepository;
import org.coachingconversations.persistence.actionstep.AoOverdueFlagLedger;
import org.coachingconversations.persistence.actionstep.OverdueFlagEntity;
import org.coachingconversations.persistence.digest.AoDigestOutbox;
import org.coachingconversations.persistence.digest.AoDigestPreferences;
import org.coachingconversations.persistence.digest.DigestOutboxEntity;
import org.coachingconversations.persistence.settings.AoSpaceSettingsRepository;
import org.coachingconversations.persistence.transaction.AoUnitOfWork;
import org.coachingconversations.platform.ClusterLockedRun;
import org.coachingconversations.platform.ConfluenceDigestMail;
import org.coachingconversations.testing.access.GrantedPagePermissions;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.host.InMemoryClusterLocks;
import org.coachingconversations.testing.host.RecordingMailQueue;
import org.coachingconversations.testing.host.TitledPages;
import org.coachingconversations.testing.i18n.ReaderLanguages;
import java.util.Locale;
import org.coachingconversations.testing.sal.FixedTimeZoneManager;
import org.coachingconversations.testing.sal.TestUsers;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The daily job end to end on the real database: the AO repository, ledger, outbox, opt-outs, settings and run log,
 * in real transactions; the digest rendered from its real Velocity template and handed to a recording mail queue.
 * Only the host's page titles, page permissions, users and mail queue are stand-ins.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(FollowUpJobTables.class)
public class RunDailyFollowUpDatabaseTest {

    /** 08:00 UTC on Thursday 2024-01-18: still the 17th in Honolulu (UTC-10). */
    private static final Instant NOW = Instant.parse("2024-01-18T08:00:00Z");
    private static final String ANA = "key-ana";
    private static final String DAVID = "key-david";
    private static final String ADMIN = "key-admin";
    private static final long PAGE_ONE = 101;
    private static final long PAGE_TWO = 102;
    private static final String SPACE = "LINCOLN";

    private EntityManager entityManager;

    private EntityManagerActiveObjects activeObjects;
    private AoActionStepRepository steps;
    private AoOverdueFlagLedger ledger;
    private AoSpaceSettingsRepository settings;
    private AoDigestPreferences preferences;
    private AoFollowUpRunLog runLog;
    private GrantedPagePermissions permissions;
    private TitledPages pages;
    private RecordingMailQueue mailQueue;
    private InMemoryClusterLocks locks;
    private Clock clock;

    /** Whoever runs the job reads English; each recipient's own language is set per test. */
    private final ReaderLanguages languages = ReaderLanguages.reading(Locale.ENGLISH);
    private RunDailyFollowUp target;

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        steps = new AoActionStepRepository(activeObjects);
        ledger = new AoOverdueFlagLedger(activeObjects);
        settings = new AoSpaceSettingsRepository(activeObjects, new FixedTimeZoneManager(ZoneOffset.UTC));
        preferences = new AoDigestPreferences(activeObjects);
        runLog = new AoFollowUpRunLog(activeObjects);
        permissions = new GrantedPagePermissions().allowView(PAGE_ONE, ANA, DAVID).allowView(PAGE_TWO, ANA, DAVID);
        pages = new TitledPages().page(PAGE_ONE, "Ana Ruiz \u2014 coaching conversation")
                .page(PAGE_TWO, "David Kim \u2014 Cycle Record");
        mailQueue = new RecordingMailQueue();
        locks = new InMemoryClusterLocks();
        clock = Clock.fixed(NOW, ZoneOffset.UTC);
        target = job(ledger, 500);
    }

    private RunDailyFollowUp job(OverdueFlagLedger ledgerToUse, int batchSize) {
        TestUsers users = new TestUsers().add(ANA, "ana.ruiz", "Ana Ruiz").add(DAVID, "david.kim", "David Kim")
                .add(ADMIN, "alex.admin", "Alex Admin");
        ConfluenceDigestMail mail = new ConfluenceDigestMail(users, pages, VelocityTemplateRenderer.forPlugin(),
                languages.i18n(), mode -> "https://wiki.school.example/confluence", mailQueue, languages);
        return new RunDailyFollowUp(steps, settings, ledgerToUse, new AoDigestOutbox(activeObjects), preferences,
                runLog, mail, permissions, new AoUnitOfWork(activeObjects), new ClusterLockedRun(locks), clock,
                batchSize);
    }

    private ActionStep stored(long pageId, String space, String owner, String dueOn, String text) {
        ActionStep step = ActionStepTestData.anActionStep().withId(ActionStep.UNSAVED_ID).onPage(pageId)
                .inSpace(space).ownedBy(owner).dueOn(dueOn).withDescription(text).build();
        return steps.addToPage(pageId, List.of(step)).get(0).value();
    }

    private int flagRows() {
        return activeObjects.count(OverdueFlagEntity.class);
    }

    private List<RecordingMailQueue.Mail> mailTo(String username) {
        return mailQueue.mails().stream().filter(mail -> mail.to().equals(username + "@school.example")).toList();
    }

    @Test
    @NonTransactional
    public void run_shouldWriteEachDigestInItsRecipientsLanguage_whateverTheLanguageOfWhoeverRunsTheJob() {
        // Given Ana reads Confluence in Spanish, David in English
        languages.user(ANA, ReaderLanguages.SPANISH);
        stored(PAGE_ONE, SPACE, ANA, "2024-01-15", "Script three open questions");
        stored(PAGE_TWO, SPACE, DAVID, "2024-01-12", "Observe a grade 4 lesson");

        // When
        target.run(FollowUpRun.SCHEDULED).orElseThrow();

        // Then
        RecordingMailQueue.Mail ana = mailTo("ana.ruiz").get(0);
        assertEquals("Un paso de acci\u00f3n de coaching est\u00e1 vencido", ana.subject());
        assertTrue(ana.body(), ana.body().contains("Pasos de acci\u00f3n de coaching que han vencido"));
        assertTrue(ana.body(), ana.body().contains("15 ene 2024"));
        assertFalse(ana.body(), ana.body().contains("Jan 15, 2024"));
        RecordingMailQueue.Mail david = mailTo("david.kim").get(0);
        assertEquals("One coaching action step is overdue", david.subject());
        assertTrue(david.body(), david.body().contains("Jan 12, 2024"));
    }

    @Test
    @NonTransactional
    public void run_shouldFlagOnceAndSendOneDigestPerOwner_whenRunTwice() {
        // Given: two overdue steps of Ana on two pages, one of David
        stored(PAGE_ONE, SPACE, ANA, "2024-01-15", "Script three open questions");
        stored(PAGE_TWO, SPACE, ANA, "2024-01-16", "Share the exit tickets");
        stored(PAGE_TWO, SPACE, DAVID, "2024-01-12", "Observe a grade 4 lesson");

        // When
        FollowUpRun first = target.run(FollowUpRun.SCHEDULED).orElseThrow();
        FollowUpRun second = target.run(FollowUpRun.SCHEDULED).orElseThrow();

        // Then: three flags, one digest each, and nothing the second time
        assertEquals(3, flagRows());
        assertEquals(2, mailQueue.mails().size());
        RecordingMailQueue.Mail ana = mailTo("ana.ruiz").get(0);
        assertEquals("2 coaching action steps are overdue", ana.subject());
        assertEquals("text/html", ana.mimeType());
        assertTrue(ana.body().contains("Script three open questions"));
        assertTrue(ana.body().contains("Jan 15, 2024"));
        assertTrue(ana.body().contains("Share the exit tickets"));
        assertTrue(ana.body().contains("https://wiki.school.example/confluence/pages/viewpage.action?pageId=101"));
        assertTrue(ana.body().contains("https://wiki.school.example/confluence/plugins/servlet/coaching/digest-subscription"));
        assertEquals(1, mailTo("david.kim").size());
        assertEquals(List.of(RunState.FINISHED, 3, 2), List.of(first.state(), first.stepsFlagged(),
                first.digestsQueued()));
        assertEquals(List.of(RunState.FINISHED, 0, 0), List.of(second.state(), second.stepsFlagged(),
                second.digestsQueued()));
        assertEquals(List.of(second.id(), first.id()), runLog.latest(5).stream().map(FollowUpRun::id).toList());
    }

    @Test
    @NonTransactional
    public void run_shouldSendExactlyOneDigest_whenTheProcessDiedBetweenFlagAndSend() {
        // Given: a run that flagged and queued, then died before sending
        stored(PAGE_ONE, SPACE, ANA, "2024-01-15", "Script three open questions");
        long crashed = runLog.start(FollowUpRun.SCHEDULED, NOW, 0);
        target.flagNewlyOverdue(crashed);
        assertEquals(1, flagRows());
        assertEquals(0, mailQueue.mails().size());

        // When: the node is back and the job runs again, twice
        FollowUpRun restarted = target.run(FollowUpRun.SCHEDULED).orElseThrow();
        target.run(FollowUpRun.SCHEDULED);

        // Then
        assertEquals(1, mailQueue.mails().size());
        assertEquals(1, flagRows());
        assertEquals(0, restarted.stepsFlagged());
        assertEquals(1, restarted.digestsQueued());
        assertEquals(RunState.INTERRUPTED, runLog.find(crashed).orElseThrow().state());
    }

    @Test
    @NonTransactional
    public void run_shouldNeitherLoseNorDuplicateAFlag_whenARunStopsHalfWayAndTheNextResumes() {
        // Given: seven overdue steps of two owners, read three at a time; the ledger fails on the second batch
        for (int i = 0; i < 7; i++) {
            stored(PAGE_ONE + (i % 2), SPACE, i % 2 == 0 ? ANA : DAVID, "2024-01-1" + i, "Step " + i);
        }
        AtomicInteger records = new AtomicInteger();
        OverdueFlagLedger failingOnce = new OverdueFlagLedger() {
            @Override
            public Set<OverdueFlag> alreadyFlagged(Collection<OverdueFlag> candidates) {
                return ledger.alreadyFlagged(candidates);
            }

            @Override
            public void record(Collection<ActionStep> reportedSteps, Instant sentAt) {
                ledger.record(reportedSteps, sentAt);
                if (records.incrementAndGet() == 2) {
                    throw new IllegalStateException("database connection lost");
                }
            }
        };
        FollowUpRun stopped = job(failingOnce, 3).run(FollowUpRun.SCHEDULED).orElseThrow();
        assertEquals(RunState.FAILED, stopped.state());
        assertEquals(3, flagRows());

        // When
        FollowUpRun resumed = job(ledger, 3).run(FollowUpRun.SCHEDULED).orElseThrow();

        // Then: every step flagged once, each owner told once about each of their steps
        assertEquals(RunState.FINISHED, resumed.state());
        assertEquals(7, flagRows());
        assertEquals(4, resumed.stepsFlagged());
        assertEquals(2, mailQueue.mails().size());
        for (int i = 0; i < 7; i++) {
            String body = mailTo(i % 2 == 0 ? "ana.ruiz" : "david.kim").get(0).body();
            assertEquals("Step " + i, 1, body.split(">Step " + i + "<", -1).length - 1);
        }
        assertEquals(7, activeObjects.count(DigestOutboxEntity.class));
    }

    @Test
    @NonTransactional
    public void run_shouldFlagAndTellAgain_whenAFlaggedStepIsRescheduledAndSlipsAgain() {
        // Given: a step flagged for the 10th, then moved to the 16th
        ActionStep step = stored(PAGE_ONE, SPACE, ANA, "2024-01-10", "Script three open questions");
        target.run(FollowUpRun.SCHEDULED);
        ActionStep current = steps.find(step.id()).orElseThrow().value();
        steps.update(step.id(), steps.find(step.id()).orElseThrow().version(),
                ActionStepDetails.of(current).withDueOn(LocalDate.parse("2024-01-16")),
                new ChangedBy(ANA, NOW));

        // When: the 16th is past too
        FollowUpRun again = target.run(FollowUpRun.SCHEDULED).orElseThrow();

        // Then
        assertEquals(Set.of(new OverdueFlag(step.id(), LocalDate.parse("2024-01-10")),
                        new OverdueFlag(step.id(), LocalDate.parse("2024-01-16"))),
                ledger.alreadyFlagged(List.of(new OverdueFlag(step.id(), LocalDate.parse("2024-01-10")),
                        new OverdueFlag(step.id(), LocalDate.parse("2024-01-16")))));
        assertEquals(1, again.stepsFlagged());
        assertEquals(2, mailQueue.mails().size());
        assertTrue(mailQueue.mails().get(1).body().contains("Jan 16, 2024"));
    }

    @Test
    @NonTransactional
    public void run_shouldNeverFlagTheStepsOfATrashedPage() {
        // Given
        stored(PAGE_ONE, SPACE, ANA, "2024-01-15", "Script three open questions");
        steps.pageTrashed(PAGE_ONE);

        // When
        FollowUpRun run = target.run(FollowUpRun.SCHEDULED).orElseThrow();

        // Then
        assertEquals(0, flagRows());
        assertEquals(0, run.stepsFlagged());
        assertEquals(List.of(), mailQueue.mails());
    }

    @Test
    @NonTransactional
    public void run_shouldJudgeByTheSpacesZone_whenAStepIsDueTodayInHonolulu() {
        // Given: 08:00 UTC on the 18th is 22:00 on the 17th in Honolulu
        settings.save("HNL", SpaceSettings.builder(ZoneId.of("Pacific/Honolulu")).build());
        ActionStep dueTodayInHonolulu = stored(PAGE_ONE, "HNL", ANA, "2024-01-17", "Due today in Honolulu");
        ActionStep dueYesterdayInHonolulu = stored(PAGE_ONE, "HNL", ANA, "2024-01-16", "Due yesterday in Honolulu");
        ActionStep dueYesterdayInUtc = stored(PAGE_TWO, SPACE, DAVID, "2024-01-17", "Due yesterday in UTC");

        // When
        target.run(FollowUpRun.SCHEDULED);

        // Then
        Set<OverdueFlag> flagged = ledger.alreadyFlagged(List.of(OverdueFlag.of(dueTodayInHonolulu),
                OverdueFlag.of(dueYesterdayInHonolulu), OverdueFlag.of(dueYesterdayInUtc)));
        assertEquals(Set.of(OverdueFlag.of(dueYesterdayInHonolulu), OverdueFlag.of(dueYesterdayInUtc)), flagged);
        assertFalse(mailTo("ana.ruiz").get(0).body().contains("Due today in Honolulu"));
    }

    @Test
    @NonTransactional
    public void run_shouldEscapeHostileTextInTheDigest() {
        // Given
        pages.page(PAGE_ONE, "<script>alert('title')</script> & \"Quotes\"");
        stored(PAGE_ONE, SPACE, ANA, "2024-01-15", "<img src=x onerror=alert(1)> done?");

        // When
        target.run(FollowUpRun.SCHEDULED);

        // Then
        String body = mailTo("ana.ruiz").get(0).body();
        assertFalse(body, body.contains("<script"));
        assertFalse(body, body.contains("<img"));
        assertTrue(body, body.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &quot;Quotes&quot;"));
        assertTrue(body, body.contains("&lt;img src=x onerror=alert(1)&gt; done?"));
    }

    @Test
    @NonTransactional
    public void run_shouldFlagButNotTell_anOwnerWhoSwitchedDigestsOff() {
        // Given
        preferences.setReceivesDigests(ANA, false);
        stored(PAGE_ONE, SPACE, ANA, "2024-01-15", "Script three open questions");
        stored(PAGE_TWO, SPACE, DAVID, "2024-01-15", "Observe a grade 4 lesson");

        // When
        FollowUpRun run = target.run(FollowUpRun.SCHEDULED).orElseThrow();

        // Then
        assertEquals(2, run.stepsFlagged());
        assertEquals(List.of(), mailTo("ana.ruiz"));
        assertEquals(1, mailTo("david.kim").size());
    }

    @Test
    @NonTransactional
    public void run_shouldDropWaitingLines_whenTheOwnerSwitchedDigestsOffBeforeTheySent() {
        // Given: queued while Ana still received digests, then she switched them off
        stored(PAGE_ONE, SPACE, ANA, "2024-01-15", "Script three open questions");
        target.flagNewlyOverdue(runLog.start(FollowUpRun.SCHEDULED, NOW, 0));
        preferences.setReceivesDigests(ANA, false);

        // When
        target.run(FollowUpRun.SCHEDULED);
        preferences.setReceivesDigests(ANA, true);
        target.run(FollowUpRun.SCHEDULED);

        // Then: never sent, not even after she switched them on again
        assertEquals(List.of(), mailQueue.mails());
    }

    @Test
    @NonTransactional
    public void run_shouldFlagButNotTell_whenTheSpacesDigestIsOff() {
        // Given
        settings.save("QUIET", SpaceSettings.builder(ZoneOffset.UTC).digestEnabled(false).build());
        stored(PAGE_ONE, "QUIET", ANA, "2024-01-15", "Script three open questions");

        // When
        FollowUpRun run = target.run(FollowUpRun.SCHEDULED).orElseThrow();

        // Then
        assertEquals(1, run.stepsFlagged());
        assertEquals(List.of(), mailQueue.mails());
        assertEquals(0, activeObjects.count(DigestOutboxEntity.class));
    }

    @Test
    @NonTransactional
    public void run_shouldLeaveOutAPageTheRecipientCanNoLongerView_titleAndAll() {
        // Given: queued for two pages, then Ana lost the second one
        stored(PAGE_ONE, SPACE, ANA, "2024-01-15", "Script three open questions");
        stored(PAGE_TWO, SPACE, ANA, "2024-01-15", "Secret step");
        target.flagNewlyOverdue(runLog.start(FollowUpRun.SCHEDULED, NOW, 0));
        permissions = new GrantedPagePermissions().allowView(PAGE_ONE, ANA);
        target = job(ledger, 500);

        // When
        target.run(FollowUpRun.SCHEDULED);
        permissions.allowView(PAGE_TWO, ANA);
        target.run(FollowUpRun.SCHEDULED);

        // Then: one digest without the second page, which is not sent later either
        assertEquals(1, mailQueue.mails().size());
        String body = mailQueue.mails().get(0).body();
        assertEquals("One coaching action step is overdue", mailQueue.mails().get(0).subject());
        assertFalse(body.contains("David Kim \u2014 Cycle Record"));
        assertFalse(body.contains("Secret step"));
        assertFalse(body.contains("pageId=102"));
    }

    @Test
    @NonTransactional
    public void run_shouldSendNothing_whenTheRecipientCanViewNoneOfThePages() {
        // Given
        stored(PAGE_TWO, SPACE, ANA, "2024-01-15", "Secret step");
        permissions = new GrantedPagePermissions();
        target = job(ledger, 500);

        // When
        FollowUpRun run = target.run(FollowUpRun.SCHEDULED).orElseThrow();

        // Then
        assertEquals(1, run.stepsFlagged());
        assertEquals(0, run.digestsQueued());
        assertEquals(List.of(), mailQueue.mails());
    }

    @Test
    @NonTransactional
    public void run_shouldKeepTheLinesForTheNextRun_whenTheHostRefusesTheMail() {
        // Given
        stored(PAGE_ONE, SPACE, ANA, "2024-01-15", "Script three open questions");
        mailQueue.refuseWith(new IllegalStateException("mail queue full"));

        // When
        FollowUpRun refused = target.run(FollowUpRun.SCHEDULED).orElseThrow();
        mailQueue.refuseWith(null);
        FollowUpRun next = target.run(FollowUpRun.SCHEDULED).orElseThrow();

        // Then
        assertEquals(RunState.FINISHED, refused.state());
        assertEquals(1, refused.errors().size());
        assertTrue(refused.errors().get(0), refused.errors().get(0).contains("mail queue full"));
        assertEquals(1, next.digestsQueued());
        assertEquals(1, mailQueue.mails().size());
    }

    @Test
    @NonTransactional
    public void run_shouldDoNothing_whenAnotherRunHoldsTheLock() throws Exception {
        // Given
        stored(PAGE_ONE, SPACE, ANA, "2024-01-15", "Script three open questions");
        List<Optional<FollowUpRun>> inner = new ArrayList<>();

        // When: a run starts while another holds the cluster lock (another thread, as another node would)
        var holder = locks.getLockForName("org.coachingconversations.coaching-conversations.daily-follow-up");
        Thread other = new Thread(holder::lock);
        other.start();
        other.join();
        inner.add(target.run(FollowUpRun.SCHEDULED));

        // Then
        assertEquals(List.of(Optional.empty()), inner);
        assertEquals(0, flagRows());
        assertEquals(0, runLog.latest(5).size());
    }

    @Test
    @NonTransactional
    public void runJob_shouldReportTheRunToTheScheduler() {
        // Given
        stored(PAGE_ONE, SPACE, ANA, "2024-01-15", "Script three open questions");
        DailyFollowUpJobRunner runner = new DailyFollowUpJobRunner(target);

        // When
        JobRunnerResponse response = runner.runJob(new JobRunnerRequest() { });

        // Then
        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertEquals("Run 1: 1 steps flagged, 1 digests queued, 0 errors.", response.getMessage());
    }

    @Test
    @NonTransactional
    public void runJob_shouldAbort_whenAnotherRunHoldsTheLock() throws Exception {
        // Given
        var holder = locks.getLockForName("org.coachingconversations.coaching-conversations.daily-follow-up");
        Thread other = new Thread(holder::lock);
        other.start();
        other.join();

        // When
        JobRunnerResponse response = new DailyFollowUpJobRunner(target).runJob(new JobRunnerRequest() { });

        // Then
        assertEquals(RunOutcome.ABORTED, response.getRunOutcome());
    }

    @Test
    @NonTransactional
    public void runJob_shouldFail_whenTheScanStops() {
        // Given
        stored(PAGE_ONE, SPACE, ANA, "2024-01-15", "Script three open questions");
        OverdueFlagLedger broken = new OverdueFlagLedger() {
            @Override
            public Set<OverdueFlag> alreadyFlagged(Collection<OverdueFlag> candidates) {
                throw new IllegalStateException("database connection lost");
            }

            @Override
            public void record(Collection<ActionStep> reportedSteps, Instant sentAt) {
                throw new IllegalStateException("database connection lost");
            }
        };

        // When
        JobRunnerResponse response = new DailyFollowUpJobRunner(job(broken, 500)).runJob(new JobRunnerRequest() { });

        // Then
        assertEquals(RunOutcome.FAILED, response.getRunOutcome());
        assertTrue(response.getMessage(), response.getMessage().contains("database connection lost"));
    }
}
