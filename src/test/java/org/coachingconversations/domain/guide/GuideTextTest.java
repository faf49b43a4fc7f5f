package org.coachingconversations.domain.guide;

import org.junit.Test;

import java.util.Map;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class GuideTextTest {

    private final GuideText target = GuideText.of("coaching.guide.mqi.email.assignment",
            GuideArgument.FIRST_CLIP, GuideArgument.SECOND_CLIP, GuideArgument.STOCK_CLIP, GuideArgument.RUBRIC_CODES);

    @Test
    public void argumentValues_shouldOrderTheValuesAsThePatternNumbersThem() {
        // Given
        Map<GuideArgument, String> values = Map.of(
                GuideArgument.RUBRIC_CODES, "Richness", GuideArgument.STOCK_CLIP, "Ms. Adams: Fractions",
                GuideArgument.SECOND_CLIP, "21:00-25:40", GuideArgument.FIRST_CLIP, "03:10-08:05",
                GuideArgument.TEACHER_NAME, "Maya");

        // When
        Object[] arguments = target.argumentValues(values);

        // Then
        assertArrayEquals(new Object[] {"03:10-08:05", "21:00-25:40", "Ms. Adams: Fractions", "Richness"}, arguments);
    }

    @Test
    public void argumentValues_shouldNameTheMissingValue_whenOneIsNotGiven() {
        // Given
        Map<GuideArgument, String> values = Map.of(GuideArgument.FIRST_CLIP, "03:10-08:05",
                GuideArgument.SECOND_CLIP, "21:00-25:40", GuideArgument.RUBRIC_CODES, "Richness");

        // When
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> target.argumentValues(values));

        // Then
        assertEquals("The guide text coaching.guide.mqi.email.assignment needs a value for stock-clip ({2})",
                error.getMessage());
    }
}
