package org.coachingconversations.domain.sps;

import java.util.List;

/**
 * A student subgroup's items set against the all-students result of the same item. Items where
 * either row is suppressed are left out (the suppressed rows are listed in the analysis).
 */
public record SubgroupComparison(String subgroup, List<ItemDifference> items) {

    public SubgroupComparison {
        items = List.copyOf(items);
    }
}
