package org.coachingconversations.application.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.digest.DeliveryOutcome;
import org.coachingconversations.domain.digest.Digest;
import org.coachingconversations.domain.digest.DigestItem;
import org.coachingconversations.domain.digest.DigestLine;
import org.coachingconversations.domain.digest.DigestMail;
import org.coachingconversations.domain.digest.DigestOutbox;
import org.coachingconversations.domain.digest.DigestPreferences;
import org.coachingconversations.domain.digest.QueuedDigestItem;
import org.coachingconversations.domain.followup.ActionStepRepository;
import org.coachingconversations.domain.followup.OverdueFlag;
import org.coachingconversations.domain.followup.OverdueFlagLedger;
import org.coachingconversations.domain.followup.OverdueScanBatch;
import org.coachingconversations.domain.job.ExclusiveRun;
import org.coachingconversations.domain.job.FollowUpRun;
import org.coachingconversations.domain.job.FollowUpRunLog;
import org.coachingconversations.domain.job.RunState;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.transaction.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The daily follow-up job, whether Confluence's scheduler or an administrator's "Run now" starts it. Only one run at
 * a time in the cluster ({@link ExclusiveRun}).
 *
 * <ol>
 * <li><b>Flag.</b> Walks the newly overdue steps in batches ({@link RunOverdueScan}). For each batch, in ONE unit of
 * work: records the flags in the ledger, writes one outbox row per (owner, step, due date) for owners who did not
 * switch digests off in spaces whose digest is on, and stores the run's resume point. A run killed half-way left
 * whole batches behind; the next run continues after the last one and then walks the steps before it once more
 * (the day may have changed), which finds no step twice: a flagged step no longer owes a notice.</li>
 * <li><b>Send.</b> Drains the outbox, every waiting row, not only this run's, so rows a crashed run left are sent
 * now: one digest per recipient, listing only steps on pages the recipient may view now. A row is settled (sent,
 * not visible, opted out, no address) before its mail is handed to the host, and put back if the host refuses it,
 * so no line is sent twice; what remains is the moment between that commit and the host's mail queue (see the
 * admin guide).</li>
 * </ol>
 */
@Component
public final class RunDailyFollowUp {

    public static final int BATCH_SIZE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(RunDailyFollowUp.class);

    private final ActionStepRepository steps;
    private final SpaceSettingsStore settings;
    private final OverdueFlagLedger ledger;
    private final DigestOutbox outbox;
    private final DigestPreferences preferences;
    private final FollowUpRunLog runLog;
    private final DigestMail mail;
    private final PagePermissions permissions;
    private final UnitOfWork unitOfWork;
    private final ExclusiveRun exclusiveRun;
    private final Clock clock;
    private final int batchSize;

    @Autowired
    public RunDailyFollowUp(ActionStepRepository steps, SpaceSettingsStore settings, OverdueFlagLedger ledger,
            DigestOutbox outbox, DigestPreferences preferences, FollowUpRunLog runLog, DigestMail mail,
            PagePermissions permissions, UnitOfWork unitOfWork, ExclusiveRun exclusiveRun) {
        this(steps, settings, ledger, outbox, preferences, runLog, mail, permissions, unitOfWork, exclusiveRun,
                Clock.systemUTC(), BATCH_SIZE);
    }

    /** @param batchSize steps read per batch (and committed per transaction), 1 to {@value RunOverdueScan#MAX_BATCH_SIZE} */
    public RunDailyFollowUp(ActionStepRepository steps, SpaceSettingsStore settings, OverdueFlagLedger ledger,
            DigestOutbox outbox, DigestPreferences preferences, FollowUpRunLog runLog, DigestMail mail,
            PagePermissions permissions, UnitOfWork unitOfWork, ExclusiveRun exclusiveRun, Clock clock,
            int batchSize) {
        if (batchSize < 1 || batchSize > RunOverdueScan.MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("Daily follow-up: the batch size " + batchSize
                    + " must be between 1 and " + RunOverdueScan.MAX_BATCH_SIZE + ".");
        }
        this.batchSize = batchSize;
        this.steps = Objects.requireNonNull(steps, "steps");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.runLog = Objects.requireNonNull(runLog, "runLog");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.exclusiveRun = Objects.requireNonNull(exclusiveRun, "exclusiveRun");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs the job once.
     *
     * @param trigger {@link FollowUpRun#SCHEDULED}, or the user key of the administrator who chose "Run now"
     * @return the run as logged; empty when another run holds the lock (nothing was done)
     */
    public Optional<FollowUpRun> run(String trigger) {
        Objects.requireNonNull(trigger, "trigger");
        return exclusiveRun.ifFree(() -> runHoldingTheLock(trigger));
    }

    private FollowUpRun runHoldingTheLock(String trigger) {
        long runId = startRun(trigger);
        List<String> errors = new ArrayList<>();
        try {
            flagNewlyOverdue(runId);
        } catch (RuntimeException e) {
            LOG.error("Coaching follow-up run {}: the overdue scan stopped", runId, e);
            errors.add("The overdue scan stopped: " + describe(e));
            runLog.finish(runId, clock.instant(), RunState.FAILED, 0, errors);
            return runLog.find(runId).orElseThrow();
        }
        int digestsQueued = sendDigests(errors);
        runLog.finish(runId, clock.instant(), RunState.FINISHED, digestsQueued, errors);
        return runLog.find(runId).orElseThrow();
    }

    /**
     * Starts a run's log entry. A run still marked running was stopped with its node (we hold the lock, so it cannot
     * be alive): it is marked interrupted, and this run resumes from its resume point.
     */
    private long startRun(String trigger) {
        Instant now = clock.instant();
        Optional<FollowUpRun> interrupted = runLog.unfinished();
        long resumeAfterId = 0;
        if (interrupted.isPresent()) {
            FollowUpRun stopped = interrupted.get();
            List<String> errors = new ArrayList<>(stopped.errors());
            errors.add("Stopped before it ended (the node stopped or restarted); the next run resumed after step "
                    + stopped.resumeAfterId() + ".");
            runLog.finish(stopped.id(), now, RunState.INTERRUPTED, stopped.digestsQueued(), errors);
            resumeAfterId = stopped.resumeAfterId();
        } else {
            resumeAfterId = runLog.latest(1).stream().filter(run -> run.state() == RunState.FAILED)
                    .mapToLong(FollowUpRun::resumeAfterId).findFirst().orElse(0L);
        }
        return runLog.start(trigger, now, resumeAfterId);
    }

    /**
     * The flag phase on its own: every batch from the run's resume point to the end, then from the start up to the
     * resume point. Public so that a test can stop a run between its two phases, as a crash would.
     */
    public void flagNewlyOverdue(long runId) {
        FollowUpRun run = runLog.find(runId).orElseThrow(() -> new IllegalArgumentException("No run " + runId));
        long resumedFrom = run.resumeAfterId();
        RunOverdueScan scan = new RunOverdueScan(steps, settings, ledger, clock);
        Map<String, Boolean> digestOnBySpace = new HashMap<>();
        long point = resumedFrom;
        boolean secondPass = resumedFrom == 0;
        while (true) {
            OverdueScanBatch batch = scan.next(point, batchSize);
            recordBatch(runId, scan, batch, digestOnBySpace);
            point = batch.resumeAfterId();
            boolean reachedResumePoint = secondPass && resumedFrom > 0 && point >= resumedFrom;
            if (batch.finished() || reachedResumePoint) {
                if (secondPass) {
                    return;
                }
                secondPass = true;
                point = 0;
            }
        }
    }

    private void recordBatch(long runId, RunOverdueScan scan, OverdueScanBatch batch,
            Map<String, Boolean> digestOnBySpace) {
        Instant now = clock.instant();
        unitOfWork.run(() -> {
            List<ActionStep> newlyOverdue = batch.newlyOverdue();
            Set<OverdueFlag> flaggedBefore = newlyOverdue.isEmpty() ? Set.of()
                    : ledger.alreadyFlagged(newlyOverdue.stream().map(OverdueFlag::of).toList());
            List<ActionStep> flagged = newlyOverdue.stream()
                    .filter(step -> !flaggedBefore.contains(OverdueFlag.of(step))).toList();
            scan.markReported(newlyOverdue);
            outbox.queue(digestItems(flagged, digestOnBySpace), runId, now);
            runLog.progress(runId, batch.resumeAfterId(), flagged.size());
            return null;
        });
    }

    /** One item per owned step in a space whose digest is on, for owners who did not switch digests off. */
    private List<DigestItem> digestItems(List<ActionStep> flagged, Map<String, Boolean> digestOnBySpace) {
        List<ActionStep> owned = flagged.stream().filter(step -> step.ownerKey().isPresent())
                .filter(step -> digestOnBySpace.computeIfAbsent(step.spaceKey(),
                        spaceKey -> settings.get(spaceKey).digestEnabled()))
                .toList();
        if (owned.isEmpty()) {
            return List.of();
        }
        Set<String> optedOut = preferences.optedOutAmong(
                owned.stream().map(step -> step.ownerKey().orElseThrow()).distinct().toList());
        return owned.stream().filter(step -> !optedOut.contains(step.ownerKey().orElseThrow()))
                .map(step -> new DigestItem(step.id(), step.dueOn().orElseThrow(), step.ownerKey().orElseThrow(),
                        step.pageId(), step.spaceKey(), step.description()))
                .toList();
    }

    /**
     * The send phase on its own: one digest per recipient with waiting rows. Public so that a test can run it after
     * a crash of the flag phase's process.
     *
     * @param errors receives one line per recipient whose digest could not be sent
     * @return how many digests were handed to the host's mail queue
     */
    public int sendDigests(List<String> errors) {
        int queued = 0;
        for (String recipientKey : outbox.recipientsWithPending()) {
            try {
                if (deliverTo(recipientKey)) {
                    queued++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Coaching follow-up digest for user key {} not sent", recipientKey, e);
                errors.add("The digest for user key " + recipientKey + " was not sent (it is tried again on the next"
                        + " run): " + describe(e));
            }
        }
        return queued;
    }

    private boolean deliverTo(String recipientKey) {
        List<QueuedDigestItem> waiting = outbox.pendingFor(recipientKey);
        if (waiting.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        if (!preferences.receivesDigests(recipientKey)) {
            outbox.settle(ids(waiting), DeliveryOutcome.OPTED_OUT, now);
            return false;
        }
        // A failing permission check throws out of here: the rows wait for the next run, nothing is revealed.
        Map<Long, Boolean> viewable = new HashMap<>();
        List<QueuedDigestItem> visible = new ArrayList<>();
        List<QueuedDigestItem> hidden = new ArrayList<>();
        for (QueuedDigestItem row : waiting) {
            boolean canView = viewable.computeIfAbsent(row.item().pageId(),
                    pageId -> permissions.canView(Optional.of(recipientKey), pageId));
            (canView ? visible : hidden).add(row);
        }
        if (!hidden.isEmpty()) {
            outbox.settle(ids(hidden), DeliveryOutcome.NOT_VISIBLE, now);
        }
        if (visible.isEmpty()) {
            return false;
        }
        Optional<String> address = mail.addressOf(recipientKey);
        if (address.isEmpty()) {
            outbox.settle(ids(visible), DeliveryOutcome.NO_ADDRESS, now);
            throw new IllegalStateException("the host knows no e-mail address for this person");
        }
        List<QueuedDigestItem> claimed = new ArrayList<>(visible);
        claimed.sort(Comparator.comparing((QueuedDigestItem row) -> row.item().dueOn())
                .thenComparingLong(row -> row.item().pageId()).thenComparingLong(row -> row.item().stepId()));
        int settled = unitOfWork.run(() -> outbox.settle(ids(claimed), DeliveryOutcome.SENT, now));
        if (settled != claimed.size()) {
            throw new IllegalStateException("another run settled some of these rows first; none was sent");
        }
        Digest digest = new Digest(recipientKey, claimed.stream()
                .map(row -> new DigestLine(row.item().pageId(), row.item().stepText(), row.item().dueOn())).toList());
        try {
            mail.send(address.get(), digest);
        } catch (RuntimeException e) {
            outbox.reopen(ids(claimed));
            throw e;
        }
        return true;
    }

    private static List<Long> ids(List<QueuedDigestItem> rows) {
        return rows.stream().map(QueuedDigestItem::id).toList();
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
