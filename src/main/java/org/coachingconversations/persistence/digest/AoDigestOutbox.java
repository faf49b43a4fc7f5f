package org.coachingconversations.persistence.digest;

import static org.coachingconversations.persistence.digest.DigestOutboxEntity.COLUMN_DUE_DATE;
import static org.coachingconversations.persistence.digest.DigestOutboxEntity.COLUMN_ID;
import static org.coachingconversations.persistence.digest.DigestOutboxEntity.COLUMN_OUTCOME;
import static org.coachingconversations.persistence.digest.DigestOutboxEntity.COLUMN_PAGE_ID;
import static org.coachingconversations.persistence.digest.DigestOutboxEntity.COLUMN_QUEUED_AT;
import static org.coachingconversations.persistence.digest.DigestOutboxEntity.COLUMN_RECIPIENT_KEY;
import static org.coachingconversations.persistence.digest.DigestOutboxEntity.COLUMN_RUN_ID;
import static org.coachingconversations.persistence.digest.DigestOutboxEntity.COLUMN_SPACE_KEY;
import static org.coachingconversations.persistence.digest.DigestOutboxEntity.COLUMN_STEP_ID;
import static org.coachingconversations.persistence.digest.DigestOutboxEntity.COLUMN_STEP_TEXT;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.Query;
import org.coachingconversations.domain.digest.DeliveryOutcome;
import org.coachingconversations.domain.digest.DigestItem;
import org.coachingconversations.domain.digest.DigestOutbox;
import org.coachingconversations.domain.digest.QueuedDigestItem;
import org.coachingconversations.persistence.rows.DayNumbers;
import org.springframework.stereotype.Component;

/** The digest outbox in {@link DigestOutboxEntity}. */
@Component
public final class AoDigestOutbox implements DigestOutbox {

    /** Ids or step ids per {@code IN} list: within Oracle's limit of 1000. */
    static final int MAX_IDS_PER_QUERY = 1000;

    private final ActiveObjects activeObjects;

    public AoDigestOutbox(ActiveObjects activeObjects) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
    }

    @Override
    public int queue(Collection<DigestItem> items, long runId, Instant queuedAt) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(queuedAt, "queuedAt");
        if (items.isEmpty()) {
            return 0;
        }
        return activeObjects.executeInTransaction(() -> {
            Set<Key> queuedBefore = queuedKeys(items.stream().map(DigestItem::stepId).distinct().sorted().toList());
            Date at = Date.from(queuedAt);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DigestItem item : items) {
                if (queuedBefore.add(Key.of(item))) {
                    Map<String, Object> row = new HashMap<>();
                    row.put(COLUMN_STEP_ID, item.stepId());
                    row.put(COLUMN_DUE_DATE, DayNumbers.of(item.dueOn()));
                    row.put(COLUMN_RECIPIENT_KEY, item.recipientKey());
                    row.put(COLUMN_PAGE_ID, item.pageId());
                    row.put(COLUMN_SPACE_KEY, item.spaceKey());
                    row.put(COLUMN_STEP_TEXT, item.stepText());
                    row.put(COLUMN_RUN_ID, runId);
                    row.put(COLUMN_QUEUED_AT, at);
                    rows.add(row);
                }
            }
            // One multi-row insert per chunk: a night's thousands of rows cost a few statements, not one each.
            for (int from = 0; from < rows.size(); from += MAX_IDS_PER_QUERY) {
                activeObjects.create(DigestOutboxEntity.class,
                        rows.subList(from, Math.min(from + MAX_IDS_PER_QUERY, rows.size())));
            }
            return rows.size();
        });
    }

    private Set<Key> queuedKeys(List<Long> stepIds) {
        Set<Key> keys = new HashSet<>();
        for (List<Long> chunk : chunks(stepIds)) {
            DigestOutboxEntity[] rows = activeObjects.find(DigestOutboxEntity.class, Query.select()
                    .where(COLUMN_STEP_ID + " IN (" + placeholders(chunk.size()) + ")", chunk.toArray()));
            for (DigestOutboxEntity row : rows) {
                keys.add(new Key(row.getStepId(), row.getDueDate(), row.getRecipientKey()));
            }
        }
        return keys;
    }

    @Override
    public List<String> recipientsWithPending() {
        DigestOutboxEntity[] rows = activeObjects.find(DigestOutboxEntity.class, Query.select()
                .where(COLUMN_OUTCOME + " IS NULL"));
        Set<String> recipients = new TreeSet<>();
        for (DigestOutboxEntity row : rows) {
            recipients.add(row.getRecipientKey());
        }
        return List.copyOf(recipients);
    }

    @Override
    public List<QueuedDigestItem> pendingFor(String recipientKey) {
        Objects.requireNonNull(recipientKey, "recipientKey");
        DigestOutboxEntity[] rows = activeObjects.find(DigestOutboxEntity.class, Query.select()
                .where(COLUMN_RECIPIENT_KEY + " = ? AND " + COLUMN_OUTCOME + " IS NULL", recipientKey)
                .order(COLUMN_DUE_DATE + ", " + COLUMN_ID));
        return Arrays.stream(rows).map(AoDigestOutbox::toQueued).toList();
    }

    @Override
    public int settle(Collection<Long> rowIds, DeliveryOutcome outcome, Instant settledAt) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(settledAt, "settledAt");
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(rowIds));
        if (ids.isEmpty()) {
            return 0;
        }
        return activeObjects.executeInTransaction(() -> {
            int settled = 0;
            for (DigestOutboxEntity row : waitingRows(ids)) {
                row.setOutcome(outcome.name());
                row.setSettledAt(Date.from(settledAt));
                row.save();
                settled++;
            }
            return settled;
        });
    }

    /**
     * The rows among {@code ids} that still wait. The job settles rows under its cluster lock, so no other writer
     * settles the same rows meanwhile.
     */
    private List<DigestOutboxEntity> waitingRows(List<Long> ids) {
        List<DigestOutboxEntity> waiting = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            Object[] parameters = chunk.stream().map(Long::intValue).toArray();
            waiting.addAll(List.of(activeObjects.find(DigestOutboxEntity.class, Query.select().where(COLUMN_ID
                    + " IN (" + placeholders(chunk.size()) + ") AND " + COLUMN_OUTCOME + " IS NULL", parameters))));
        }
        return waiting;
    }

    @Override
    public void reopen(Collection<Long> rowIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(rowIds));
        if (ids.isEmpty()) {
            return;
        }
        activeObjects.executeInTransaction(() -> {
            for (List<Long> chunk : chunks(ids)) {
                List<Object> parameters = new ArrayList<>(chunk.stream().map(Long::intValue).toList());
                parameters.add(DeliveryOutcome.SENT.name());
                for (DigestOutboxEntity row : activeObjects.find(DigestOutboxEntity.class, Query.select()
                        .where(COLUMN_ID + " IN (" + placeholders(chunk.size()) + ") AND " + COLUMN_OUTCOME
                                + " = ?", parameters.toArray()))) {
                    row.setOutcome(null);
                    row.setSettledAt(null);
                    row.save();
                }
            }
            return null;
        });
    }

    private static QueuedDigestItem toQueued(DigestOutboxEntity row) {
        return new QueuedDigestItem(row.getID(), new DigestItem(row.getStepId(), DayNumbers.toDate(row.getDueDate()),
                row.getRecipientKey(), row.getPageId(), row.getSpaceKey(), row.getStepText()));
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += MAX_IDS_PER_QUERY) {
            chunks.add(ids.subList(from, Math.min(from + MAX_IDS_PER_QUERY, ids.size())));
        }
        return chunks;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** What makes two outbox rows the same line. */
    private record Key(long stepId, int dueDate, String recipientKey) {

        static Key of(DigestItem item) {
            return new Key(item.stepId(), DayNumbers.of(item.dueOn()), item.recipientKey());
        }
    }
}
