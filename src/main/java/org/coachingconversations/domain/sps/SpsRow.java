package org.coachingconversations.domain.sps;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One row of an export after validation. A suppressed row carries no results: they are neither read
 * nor kept.
 */
record SpsRow(int line, String item, String element, String subgroup, boolean allStudents, int responses,
              boolean suppressed, BigDecimal percentFavorable, BigDecimal schoolAverage, BigDecimal districtAverage,
              Map<String, Integer> optionCounts) {

    static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    String itemKey() {
        return key(item);
    }

    String elementKey() {
        return key(element);
    }

    String subgroupKey() {
        return key(subgroup);
    }
}
