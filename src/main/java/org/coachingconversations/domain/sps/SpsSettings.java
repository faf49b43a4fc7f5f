package org.coachingconversations.domain.sps;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How SPS results are read and judged.
 *
 * @param minimumResponses rows with fewer responses than this are suppressed (student-survey reports
 *                         commonly use 10 for a teacher report, some systems 5)
 * @param tolerancePoints  an item counts as above or below an average only when it differs by more
 *                         than this many percentage points
 * @param maxBytes         largest CSV accepted, in bytes
 */
public record SpsSettings(int minimumResponses, BigDecimal tolerancePoints, long maxBytes) {

    public static final int DEFAULT_MINIMUM_RESPONSES = 10;
    public static final BigDecimal DEFAULT_TOLERANCE_POINTS = BigDecimal.ZERO;
    public static final long DEFAULT_MAX_BYTES = 1024L * 1024L;

    public static final int MAX_MINIMUM_RESPONSES = 1000;
    public static final BigDecimal MAX_TOLERANCE_POINTS = BigDecimal.valueOf(100);
    /** A survey export for one teacher is a few kilobytes; this bound keeps a page attachment from exhausting memory. */
    public static final long MAX_MAX_BYTES = 64L * 1024L * 1024L;

    public SpsSettings {
        Objects.requireNonNull(tolerancePoints, "tolerancePoints");
        if (minimumResponses < 1 || minimumResponses > MAX_MINIMUM_RESPONSES) {
            throw new IllegalArgumentException("minimumResponses must be between 1 and " + MAX_MINIMUM_RESPONSES
                    + ", was " + minimumResponses);
        }
        if (tolerancePoints.signum() < 0 || tolerancePoints.compareTo(MAX_TOLERANCE_POINTS) > 0) {
            throw new IllegalArgumentException("tolerancePoints must be between 0 and " + MAX_TOLERANCE_POINTS
                    + " percentage points, was " + tolerancePoints.toPlainString());
        }
        if (maxBytes < 1 || maxBytes > MAX_MAX_BYTES) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + MAX_MAX_BYTES + ", was " + maxBytes);
        }
    }

    public static SpsSettings defaults() {
        return new SpsSettings(DEFAULT_MINIMUM_RESPONSES, DEFAULT_TOLERANCE_POINTS, DEFAULT_MAX_BYTES);
    }

    public SpsSettings withMinimumResponses(int value) {
        return new SpsSettings(value, tolerancePoints, maxBytes);
    }

    public SpsSettings withTolerancePoints(BigDecimal value) {
        return new SpsSettings(minimumResponses, value, maxBytes);
    }

    public SpsSettings withMaxBytes(long value) {
        return new SpsSettings(minimumResponses, tolerancePoints, value);
    }
}
