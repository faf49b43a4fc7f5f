package org.coachingconversations.persistence.quality;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.coachingconversations.domain.dashboard.DashboardScope;
import org.coachingconversations.domain.dashboard.SelfCheckDashboardQueries;
import org.coachingconversations.domain.guide.ConversationQuality;
import org.coachingconversations.domain.quality.QualitySelfCheck;
import org.coachingconversations.domain.quality.QualitySummary;
import org.coachingconversations.persistence.rows.ScopedWhere;
import org.springframework.stereotype.Component;

/** The self-checks' quality flags of one viewer's scope, from {@code AO_16E8C7_SELF_CHECK}, one statement. */
@Component
public class AoSelfCheckDashboardQueries implements SelfCheckDashboardQueries {

    private static final String FLAGS = String.join(", ", SelfCheckEntity.COLUMN_PAGE_ID,
            SelfCheckEntity.COLUMN_SUBSTANTIVE, SelfCheckEntity.COLUMN_RECENT_INFORMATION,
            SelfCheckEntity.COLUMN_SPRING_FROM_QUESTIONS, SelfCheckEntity.COLUMN_NON_DEFENSIVE,
            SelfCheckEntity.COLUMN_EACH_OTHER_AS_PEOPLE, SelfCheckEntity.COLUMN_PROFESSIONAL_KNOWLEDGE,
            SelfCheckEntity.COLUMN_LEAD_TO_ACTION);

    private final ActiveObjects activeObjects;

    public AoSelfCheckDashboardQueries(ActiveObjects activeObjects) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
    }

    @Override
    public QualitySummary qualityShares(DashboardScope scope) {
        Objects.requireNonNull(scope, "scope");
        ScopedWhere where = ScopedWhere.of(SelfCheckEntity.COLUMN_SPACE_KEY + " = ?", scope.spaceKey())
                .and(SelfCheckEntity.COLUMN_TRASHED + " = ?", false)
                .scope(scope, SelfCheckEntity.COLUMN_PAGE_ID, Optional.empty());
        List<QualitySelfCheck> checks = new ArrayList<>();
        activeObjects.stream(SelfCheckEntity.class, Query.select(FLAGS).where(where.sql(), where.parameters()),
                row -> checks.add(QualitySelfCheck.of(row.getPageId(), present(row), Map.of())));
        return QualitySummary.of(checks);
    }

    private static Set<ConversationQuality> present(SelfCheckEntity row) {
        Set<ConversationQuality> present = EnumSet.noneOf(ConversationQuality.class);
        if (row.isSubstantive()) {
            present.add(ConversationQuality.SUBSTANTIVE);
        }
        if (row.isRecentInformation()) {
            present.add(ConversationQuality.RECENT_INFORMATION);
        }
        if (row.isSpringFromQuestions()) {
            present.add(ConversationQuality.SPRING_FROM_QUESTIONS);
        }
        if (row.isNonDefensive()) {
            present.add(ConversationQuality.NON_DEFENSIVE);
        }
        if (row.isEachOtherAsPeople()) {
            present.add(ConversationQuality.EACH_OTHER_AS_PEOPLE);
        }
        if (row.isProfessionalKnowledge()) {
            present.add(ConversationQuality.PROFESSIONAL_KNOWLEDGE);
        }
        if (row.isLeadToAction()) {
            present.add(ConversationQuality.LEAD_TO_ACTION);
        }
        return present;
    }
}
