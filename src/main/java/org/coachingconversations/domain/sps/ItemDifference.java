package org.coachingconversations.domain.sps;

import java.math.BigDecimal;

/**
 * An item's percent favorable set against another figure (an average, or the all-students result).
 *
 * @param difference {@code percentFavorable - reference}, in percentage points
 */
public record ItemDifference(String item, String element, BigDecimal percentFavorable, BigDecimal reference,
                             BigDecimal difference, Standing standing) {
}
