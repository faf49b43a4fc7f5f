package org.coachingconversations.domain.sps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import org.junit.Test;

public class SpsSettingsTest {

    @Test
    public void defaults_shouldSuppressBelowTenResponsesWithNoToleranceAndOneMegabyte() {
        // When
        SpsSettings target = SpsSettings.defaults();

        // Then
        assertEquals(10, target.minimumResponses());
        assertEquals(0, target.tolerancePoints().signum());
        assertEquals(1_048_576L, target.maxBytes());
    }

    @Test
    public void withers_shouldChangeOnlyTheirOwnSetting() {
        // Given
        SpsSettings target = SpsSettings.defaults();

        // When
        SpsSettings changed = target.withMinimumResponses(5).withTolerancePoints(new BigDecimal("1.5"))
                .withMaxBytes(2048);

        // Then
        assertEquals(new SpsSettings(5, new BigDecimal("1.5"), 2048), changed);
    }

    @Test
    public void constructor_shouldRejectAMinimumBelowOne() {
        assertRejected(() -> new SpsSettings(0, BigDecimal.ZERO, 1024), "minimumResponses");
    }

    @Test
    public void constructor_shouldRejectANegativeTolerance() {
        assertRejected(() -> new SpsSettings(10, new BigDecimal("-0.5"), 1024), "tolerancePoints");
    }

    @Test
    public void constructor_shouldRejectAToleranceAboveHundredPoints() {
        assertRejected(() -> new SpsSettings(10, new BigDecimal("100.1"), 1024), "tolerancePoints");
    }

    @Test
    public void constructor_shouldRejectASizeLimitOfZeroOrAboveTheCeiling() {
        assertRejected(() -> new SpsSettings(10, BigDecimal.ZERO, 0), "maxBytes");
        assertRejected(() -> new SpsSettings(10, BigDecimal.ZERO, SpsSettings.MAX_MAX_BYTES + 1), "maxBytes");
    }

    private static void assertRejected(Runnable construction, String field) {
        try {
            construction.run();
            fail("expected " + field + " to be rejected");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().startsWith(field + " must be between"));
        }
    }
}
