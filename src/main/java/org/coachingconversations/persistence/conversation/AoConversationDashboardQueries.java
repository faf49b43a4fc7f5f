package org.coachingconversations.persistence.conversation;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.dashboard.ConversationDashboardQueries;
import org.coachingconversations.domain.dashboard.DashboardFilter;
import org.coachingconversations.domain.dashboard.DashboardScope;
import org.coachingconversations.domain.followup.ActionShare;
import org.coachingconversations.domain.followup.ResultPage;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.persistence.rows.DayNumbers;
import org.coachingconversations.persistence.rows.ScopedWhere;
import org.springframework.stereotype.Component;

/**
 * The dashboard's lists of conversations and Cycle Records, each a COUNT and one bounded SELECT led by the space
 * (and the list's state) with the viewer's hidden pages left out by the same statement.
 */
@Component
public class AoConversationDashboardQueries implements ConversationDashboardQueries {

    private static final String C_SPACE = ConversationEntity.COLUMN_SPACE_KEY;
    private static final String C_PAGE = ConversationEntity.COLUMN_PAGE_ID;
    private static final String R_PAGE = CycleRecordEntity.COLUMN_PAGE_ID;

    private final ActiveObjects activeObjects;

    public AoConversationDashboardQueries(ActiveObjects activeObjects) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
    }

    @Override
    public Set<Long> selectPages(String spaceKey, DashboardFilter filter, int limit) {
        WriteChecks.spaceKey("Dashboard filter", spaceKey);
        ScopedWhere where = ScopedWhere.of(C_SPACE + " = ?", spaceKey)
                .and(ConversationEntity.COLUMN_TRASHED + " = ?", false);
        filter.teacherKey().ifPresent(key -> where.and(ConversationEntity.COLUMN_TEACHER_KEY + " = ?", key));
        filter.coachKey().ifPresent(key -> where.and(ConversationEntity.COLUMN_LEADER_KEY + " = ?", key));
        if (!filter.types().isEmpty()) {
            List<ConversationType> types = List.copyOf(filter.types());
            where.and(ConversationEntity.COLUMN_CONVERSATION_TYPE + " IN ("
                    + ScopedWhere.placeholders(types.size()) + ")", types.stream().map(ConversationType::id).toArray());
        }
        Set<Long> pages = new LinkedHashSet<>();
        activeObjects.stream(ConversationEntity.class, Query.select(C_PAGE).where(where.sql(), where.parameters())
                .order(C_PAGE).limit(limit), row -> pages.add(row.getPageId()));
        return pages;
    }

    @Override
    public ResultPage<StoredConversation> followUpsPastDue(DashboardScope scope, LocalDate today,
            ResultPageRequest page) {
        String next = ConversationEntity.COLUMN_NEXT_CONVERSATION_ON;
        ScopedWhere where = conversationsOf(scope)
                .and(ConversationEntity.COLUMN_FOLLOW_UP_STATE + " = ?", FollowUpState.OWED.name())
                .and(next + " < ?", DayNumbers.bound(today))
                .scope(scope, C_PAGE, Optional.of(next));
        return page(ConversationEntity.class, where, next, C_PAGE, scope, page, ConversationMapper::toConversation);
    }

    @Override
    public Map<String, LocalDate> latestConversationByTeacher(DashboardScope scope, LocalDate today) {
        String held = ConversationEntity.COLUMN_HELD_ON;
        String teacher = ConversationEntity.COLUMN_TEACHER_KEY;
        ScopedWhere where = conversationsOf(scope).and(held + " <= ?", DayNumbers.bound(today))
                .scope(scope, C_PAGE, Optional.empty());
        Map<String, LocalDate> latest = new HashMap<>();
        activeObjects.stream(ConversationEntity.class, Query.select(teacher + ", MAX(" + held + ") AS " + held)
                        .where(where.sql(), where.parameters()).group(teacher),
                row -> latest.put(row.getTeacherKey(), DayNumbers.toDate(row.getHeldOn())));
        return latest;
    }

    /** One statement: the scope's conversations counted by whether they lead to action. */
    @Override
    public ActionShare actionShare(DashboardScope scope) {
        String leads = ConversationEntity.COLUMN_LEADS_TO_ACTION;
        ScopedWhere all = conversationsOf(scope).scope(scope, C_PAGE, Optional.of(ConversationEntity.COLUMN_HELD_ON));
        long[] counts = new long[2];
        activeObjects.stream(ConversationEntity.class, Query.select(leads + ", COUNT(" + C_PAGE + ") AS "
                        + ConversationEntity.COLUMN_VERSION).where(all.sql(), all.parameters()).group(leads),
                row -> counts[row.isLeadsToAction() ? 1 : 0] += row.getVersion());
        return ActionShare.ofCounts(counts[0] + counts[1], counts[1]);
    }

    @Override
    public ResultPage<StoredCycleRecord> conferencesOutsideWindow(DashboardScope scope, LocalDate today,
            ResultPageRequest page) {
        String placement = CycleRecordEntity.COLUMN_CONFERENCE_PLACEMENT;
        ScopedWhere where = recordsOf(scope).and("(" + placement + " IN (?, ?) OR (" + placement + " = ? AND "
                        + CycleRecordEntity.COLUMN_CONFERENCE_LATEST + " < ?))", ConferencePlacement.EARLY.name(),
                ConferencePlacement.LATE.name(), ConferencePlacement.UNSCHEDULED.name(), DayNumbers.bound(today))
                .scope(scope, R_PAGE, Optional.of(CycleRecordEntity.COLUMN_OBSERVED_ON));
        return page(CycleRecordEntity.class, where, CycleRecordEntity.COLUMN_OBSERVED_ON, R_PAGE, scope, page,
                ConversationMapper::toCycleRecord);
    }

    @Override
    public ResultPage<StoredCycleRecord> awaitingFinalization(DashboardScope scope, LocalDate today,
            ResultPageRequest page) {
        String conference = CycleRecordEntity.COLUMN_CONFERENCE_ON;
        ScopedWhere where = recordsOf(scope).and(conference + " <= ?", DayNumbers.bound(today))
                .and(CycleRecordEntity.COLUMN_FINALIZED_ON + " IS NULL")
                .scope(scope, R_PAGE, Optional.of(CycleRecordEntity.COLUMN_OBSERVED_ON));
        return page(CycleRecordEntity.class, where, conference, R_PAGE, scope, page,
                ConversationMapper::toCycleRecord);
    }

    @Override
    public ResultPage<StoredCycleRecord> awaitingAcknowledgement(DashboardScope scope, ResultPageRequest page) {
        return finalizedRecords(scope, AcknowledgementState.NONE, page);
    }

    @Override
    public ResultPage<StoredCycleRecord> objections(DashboardScope scope, ResultPageRequest page) {
        return finalizedRecords(scope, AcknowledgementState.OBJECTED, page);
    }

    private ResultPage<StoredCycleRecord> finalizedRecords(DashboardScope scope, AcknowledgementState state,
            ResultPageRequest page) {
        String finalized = CycleRecordEntity.COLUMN_FINALIZED_ON;
        ScopedWhere where = recordsOf(scope).and(CycleRecordEntity.COLUMN_ACKNOWLEDGEMENT_STATE + " = ?", state.name())
                .and(finalized + " IS NOT NULL")
                .scope(scope, R_PAGE, Optional.of(CycleRecordEntity.COLUMN_OBSERVED_ON));
        return page(CycleRecordEntity.class, where, finalized, R_PAGE, scope, page,
                ConversationMapper::toCycleRecord);
    }

    private static ScopedWhere conversationsOf(DashboardScope scope) {
        Objects.requireNonNull(scope, "scope");
        return ScopedWhere.of(C_SPACE + " = ?", scope.spaceKey()).and(ConversationEntity.COLUMN_TRASHED + " = ?", false);
    }

    private static ScopedWhere recordsOf(DashboardScope scope) {
        Objects.requireNonNull(scope, "scope");
        return ScopedWhere.of(CycleRecordEntity.COLUMN_SPACE_KEY + " = ?", scope.spaceKey())
                .and(CycleRecordEntity.COLUMN_TRASHED + " = ?", false);
    }

    private <E extends RawEntity<Integer>, T> ResultPage<T> page(Class<E> type, ScopedWhere where, String dateColumn,
            String pageColumn, DashboardScope scope, ResultPageRequest request, Function<E, T> mapper) {
        Objects.requireNonNull(request, "page");
        int total = activeObjects.count(type, Query.select().where(where.sql(), where.parameters()));
        if (request.offset() >= total) {
            return new ResultPage<>(List.of(), total, request);
        }
        String direction = ScopedWhere.direction(scope);
        Query query = Query.select().where(where.sql(), where.parameters())
                .order(dateColumn + direction + ", " + pageColumn + direction).limit(request.limit());
        if (request.offset() > 0) {
            query = query.offset((int) request.offset());
        }
        List<T> rows = Arrays.stream(activeObjects.find(type, query)).map(mapper).toList();
        return new ResultPage<>(rows, Math.max(total, request.offset() + rows.size()), request);
    }
}
