package org.coachingconversations.persistence.conversation;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.followup.ConversationRepository;
import org.coachingconversations.domain.followup.ResultPage;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;
import org.springframework.stereotype.Component;
import org.coachingconversations.persistence.rows.DayNumbers;
import org.coachingconversations.persistence.rows.RowLocks;

/** Conversations in {@code AO_16E8C7_CONVERSATION}. Every read leaves out pages in the trash. */
@Component
public class AoConversationRepository implements ConversationRepository, ConversationStore {

    /** Some databases refuse longer IN lists; the dashboard asks for 100 teachers at a time. */
    public static final int MAX_TEACHERS_PER_QUERY = 1000;

    private static final String WHAT = "Conversation";
    private static final String NOT_TRASHED = ConversationEntity.COLUMN_TRASHED + " = ?";
    private static final String IN_SPACE = ConversationEntity.COLUMN_SPACE_KEY + " = ? AND " + NOT_TRASHED;

    private final ActiveObjects activeObjects;

    public AoConversationRepository(ActiveObjects activeObjects) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
    }

    // --- Reads for the dashboards ----------------------------------------------------------------

    @Override
    public ResultPage<StoredConversation> findFollowUpsPastDue(String spaceKey, LocalDate today, ResultPageRequest page) {
        WriteChecks.spaceKey("Follow-ups past due", spaceKey);
        WriteChecks.date("Follow-ups past due", "date of today", today);
        String where = IN_SPACE + " AND " + ConversationEntity.COLUMN_FOLLOW_UP_STATE + " = ? AND "
                + ConversationEntity.COLUMN_NEXT_CONVERSATION_ON + " < ?";
        Object[] parameters = {spaceKey, false, FollowUpState.OWED.name(), DayNumbers.bound(today)};
        return PagedQueries.page(activeObjects, ConversationEntity.class, where, parameters,
                ConversationEntity.COLUMN_NEXT_CONVERSATION_ON + ", " + ConversationEntity.COLUMN_PAGE_ID, page,
                ConversationMapper::toConversation);
    }

    @Override
    public Map<String, LocalDate> latestConversationDates(String spaceKey, Collection<String> teacherKeys,
            LocalDate onOrBefore) {
        WriteChecks.spaceKey("Latest conversations", spaceKey);
        WriteChecks.date("Latest conversations", "last date", onOrBefore);
        Objects.requireNonNull(teacherKeys, "teacherKeys");
        List<String> teachers = teacherKeys.stream().filter(Objects::nonNull).distinct().toList();
        if (teachers.isEmpty()) {
            return Map.of();
        }
        if (teachers.size() > MAX_TEACHERS_PER_QUERY) {
            throw new IllegalArgumentException("Latest conversations: " + teachers.size()
                    + " teachers asked for at once; at most " + MAX_TEACHERS_PER_QUERY + " per call.");
        }
        List<Object> parameters = new ArrayList<>(List.of(spaceKey, false, DayNumbers.bound(onOrBefore)));
        parameters.addAll(teachers);
        Query query = Query.select(ConversationEntity.COLUMN_TEACHER_KEY + ", MAX(" + ConversationEntity.COLUMN_HELD_ON
                        + ") AS " + ConversationEntity.COLUMN_HELD_ON)
                .where(IN_SPACE + " AND " + ConversationEntity.COLUMN_HELD_ON + " <= ? AND "
                        + ConversationEntity.COLUMN_TEACHER_KEY + " IN (" + PagedQueries.placeholders(teachers.size())
                        + ")", parameters.toArray())
                .group(ConversationEntity.COLUMN_TEACHER_KEY);
        Map<String, LocalDate> latest = new HashMap<>();
        activeObjects.stream(ConversationEntity.class, query,
                row -> latest.put(row.getTeacherKey(), DayNumbers.toDate(row.getHeldOn())));
        return latest;
    }

    @Override
    public Optional<StoredConversation> latestOnOrBefore(String spaceKey, String teacherKey, LocalDate onOrBefore) {
        WriteChecks.spaceKey("Latest conversation", spaceKey);
        WriteChecks.date("Latest conversation", "last date", onOrBefore);
        if (teacherKey == null || teacherKey.isBlank()) {
            throw new IllegalArgumentException("Latest conversation: the teacher is required.");
        }
        // Space, teacher and date are the columns of the convTeacherHeld index, in its order.
        ConversationEntity[] rows = activeObjects.find(ConversationEntity.class, Query.select()
                .where(ConversationEntity.COLUMN_SPACE_KEY + " = ? AND " + ConversationEntity.COLUMN_TEACHER_KEY
                        + " = ? AND " + ConversationEntity.COLUMN_HELD_ON + " <= ? AND " + NOT_TRASHED,
                        spaceKey, teacherKey, DayNumbers.bound(onOrBefore), false)
                .order(ConversationEntity.COLUMN_HELD_ON + " DESC, " + ConversationEntity.COLUMN_PAGE_ID + " DESC")
                .limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(ConversationMapper.toConversation(rows[0]));
    }

    @Override
    public Optional<StoredConversation> latestBefore(String spaceKey, String teacherKey, Set<ConversationType> types,
            LocalDate heldOn, long pageId) {
        WriteChecks.spaceKey("Previous conversation", spaceKey);
        WriteChecks.date("Previous conversation", "date", heldOn);
        WriteChecks.pageId("Previous conversation", pageId);
        if (teacherKey == null || teacherKey.isBlank()) {
            throw new IllegalArgumentException("Previous conversation: the teacher is required.");
        }
        if (types == null || types.isEmpty() || types.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Previous conversation: name at least one conversation type.");
        }
        List<ConversationType> typeList = List.copyOf(types);
        int day = DayNumbers.of(heldOn);
        List<Object> parameters = new ArrayList<>(List.of(spaceKey, teacherKey));
        typeList.forEach(type -> parameters.add(type.id()));
        parameters.addAll(List.of(day, day, pageId, false));
        // Space, teacher and date lead, as in the convTeacherHeld index; a teacher has few rows, so the type and
        // same-day tests run on the rows the index finds.
        ConversationEntity[] rows = activeObjects.find(ConversationEntity.class, Query.select()
                .where(ConversationEntity.COLUMN_SPACE_KEY + " = ? AND " + ConversationEntity.COLUMN_TEACHER_KEY
                        + " = ? AND " + ConversationEntity.COLUMN_CONVERSATION_TYPE + " IN ("
                        + PagedQueries.placeholders(typeList.size()) + ") AND (" + ConversationEntity.COLUMN_HELD_ON
                        + " < ? OR (" + ConversationEntity.COLUMN_HELD_ON + " = ? AND "
                        + ConversationEntity.COLUMN_PAGE_ID + " < ?)) AND " + NOT_TRASHED, parameters.toArray())
                .order(ConversationEntity.COLUMN_HELD_ON + " DESC, " + ConversationEntity.COLUMN_PAGE_ID + " DESC")
                .limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(ConversationMapper.toConversation(rows[0]));
    }

    @Override
    public long countConversations(String spaceKey) {
        WriteChecks.spaceKey("Conversation count", spaceKey);
        return activeObjects.count(ConversationEntity.class, Query.select().where(IN_SPACE, spaceKey, false));
    }

    @Override
    public long countConversationsLeadingToAction(String spaceKey) {
        WriteChecks.spaceKey("Conversation count", spaceKey);
        return activeObjects.count(ConversationEntity.class, Query.select().where(
                IN_SPACE + " AND " + ConversationEntity.COLUMN_LEADS_TO_ACTION + " = ?", spaceKey, false, true));
    }

    // --- Writes ----------------------------------------------------------------------------------

    @Override
    public Versioned<StoredConversation> register(StoredConversation conversation) {
        Objects.requireNonNull(conversation, "conversation");
        WriteChecks.check(conversation);
        return activeObjects.executeInTransaction(() -> {
            ConversationEntity existing = row(conversation.pageId());
            if (existing != null) {
                throw new IllegalStateException(WHAT + " on page " + conversation.pageId() + " is already stored"
                        + (existing.isTrashed() ? " (the page is in the trash)" : "") + "; update it instead.");
            }
            // Two registrations of one page at once: the unique PAGE_ID refuses the second insert.
            ConversationEntity created = activeObjects.create(ConversationEntity.class,
                    ConversationMapper.conversationColumns(conversation));
            return ConversationMapper.toVersionedConversation(created);
        });
    }

    @Override
    public Versioned<StoredConversation> update(StoredConversation conversation, long expectedVersion) {
        Objects.requireNonNull(conversation, "conversation");
        WriteChecks.check(conversation);
        return activeObjects.executeInTransaction(() -> {
            ConversationEntity row = lockedRow(conversation.pageId());
            if (row.getVersion() != expectedVersion) {
                throw ConcurrentUpdateException.staleVersion(WHAT + " on page " + conversation.pageId(),
                        expectedVersion, row.getVersion());
            }
            ConversationMapper.copyInto(conversation, row);
            row.setVersion(expectedVersion + 1);
            row.save();
            return ConversationMapper.toVersionedConversation(row);
        });
    }

    @Override
    public Optional<Versioned<StoredConversation>> find(long pageId) {
        WriteChecks.pageId(WHAT, pageId);
        ConversationEntity[] rows = activeObjects.find(ConversationEntity.class, Query.select().where(
                ConversationEntity.COLUMN_PAGE_ID + " = ? AND " + NOT_TRASHED, pageId, false));
        return rows.length == 0 ? Optional.empty() : Optional.of(ConversationMapper.toVersionedConversation(rows[0]));
    }

    @Override
    public void recordLeadsToAction(long pageId, boolean leadsToAction) {
        WriteChecks.pageId(WHAT, pageId);
        activeObjects.executeInTransaction(() -> {
            ConversationEntity row = row(pageId);
            if (row != null && row.isLeadsToAction() != leadsToAction) {
                row.setLeadsToAction(leadsToAction);
                row.save();
            }
            return null;
        });
    }

    private ConversationEntity row(long pageId) {
        ConversationEntity[] rows = activeObjects.find(ConversationEntity.class,
                Query.select().where(ConversationEntity.COLUMN_PAGE_ID + " = ?", pageId));
        return rows.length == 0 ? null : rows[0];
    }

    /**
     * The page's row, read again after taking its write lock (by writing the unchanged page id), so
     * that the version compared is the last one committed.
     */
    private ConversationEntity lockedRow(long pageId) {
        String subject = WHAT + " on page " + pageId;
        ConversationEntity current = RowLocks.lockedRow(subject, () -> row(pageId),
                row -> row.setPageId(row.getPageId()),
                () -> new IllegalStateException(subject + " is not stored; register it first."));
        if (current.isTrashed()) {
            throw new IllegalStateException(subject + " is in the trash; restore the page first.");
        }
        return current;
    }
}
