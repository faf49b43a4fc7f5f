package org.coachingconversations.persistence.actionstep;

import static org.coachingconversations.persistence.actionstep.OverdueFlagEntity.COLUMN_STEP_ID;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.java.ao.Query;
import org.coachingconversations.domain.followup.OverdueFlag;
import org.coachingconversations.domain.followup.OverdueFlagHistory;
import org.coachingconversations.persistence.rows.ScopedWhere;
import org.springframework.stereotype.Component;

/** Reads {@code AO_16E8C7_OVERDUE_FLAG}, which the daily job writes through {@link AoOverdueFlagLedger}. */
@Component
public class AoOverdueFlagHistory implements OverdueFlagHistory {

    private final ActiveObjects activeObjects;

    public AoOverdueFlagHistory(ActiveObjects activeObjects) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
    }

    @Override
    public Map<OverdueFlag, Instant> flaggedAt(Collection<OverdueFlag> flags) {
        Objects.requireNonNull(flags, "flags");
        Set<OverdueFlag> wanted = Set.copyOf(flags);
        List<Long> stepIds = wanted.stream().map(OverdueFlag::stepId).distinct().sorted().toList();
        Map<OverdueFlag, Instant> found = new HashMap<>();
        for (int from = 0; from < stepIds.size(); from += ScopedWhere.IDS_PER_LIST) {
            List<Long> chunk = stepIds.subList(from, Math.min(from + ScopedWhere.IDS_PER_LIST, stepIds.size()));
            OverdueFlagEntity[] rows = activeObjects.find(OverdueFlagEntity.class, Query.select()
                    .where(COLUMN_STEP_ID + " IN (" + ScopedWhere.placeholders(chunk.size()) + ")", chunk.toArray()));
            for (OverdueFlagEntity row : rows) {
                OverdueFlag flag = ActionStepMapper.toFlag(row);
                if (wanted.contains(flag)) {
                    found.merge(flag, row.getFlaggedAt().toInstant(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        return found;
    }
}
