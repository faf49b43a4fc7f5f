package org.coachingconversations.domain.sps;

import java.math.BigDecimal;

/** Where a result stands against another, allowing the configured tolerance in percentage points. */
public enum Standing {
    ABOVE,
    WITHIN_TOLERANCE,
    BELOW;

    static Standing of(BigDecimal difference, BigDecimal tolerancePoints) {
        if (difference.compareTo(tolerancePoints) > 0) {
            return ABOVE;
        }
        if (difference.compareTo(tolerancePoints.negate()) < 0) {
            return BELOW;
        }
        return WITHIN_TOLERANCE;
    }
}
