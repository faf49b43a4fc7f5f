package org.coachingconversations.domain.sps;

import static org.junit.Assert.assertEquals;

import org.coachingconversations.testing.i18n.I18nBundle;
import org.junit.Test;

/** The i18n bundle says what the domain's English messages say, so users see the same text in the page. */
public class SpsMessagesTest {

    private final I18nBundle target = I18nBundle.mainBundles();

    @Test
    public void bundle_shouldHoldEveryProblemWithItsEnglishText() {
        for (SpsProblem problem : SpsProblem.values()) {
            assertEquals(problem.key(), problem.englishPattern(), target.rawText(problem.key()));
        }
    }

    @Test
    public void bundle_shouldHoldEveryPlacePatternAndTheSuppressionReason() {
        for (SpsError.Place place : SpsError.Place.values()) {
            assertEquals(place.key(), place.englishPattern(), target.rawText(place.key()));
        }
        assertEquals(SuppressedRow.ENGLISH_REASON, target.rawText(SuppressedRow.REASON_KEY));
    }
}
