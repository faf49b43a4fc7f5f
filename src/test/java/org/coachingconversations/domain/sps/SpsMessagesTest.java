package org.coachingconversations.domain.sps;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.Before;
import org.junit.Test;

/** The i18n bundle says what the domain's English messages say, so users see the same text in the page. */
public class SpsMessagesTest {

    private final Properties target = new Properties();

    @Before
    public void loadBundle() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/i18n/coaching.properties")) {
            target.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    public void bundle_shouldHoldEveryProblemWithItsEnglishText() {
        for (SpsProblem problem : SpsProblem.values()) {
            assertEquals(problem.key(), problem.englishPattern(), target.getProperty(problem.key()));
        }
    }

    @Test
    public void bundle_shouldHoldEveryPlacePatternAndTheSuppressionReason() {
        for (SpsError.Place place : SpsError.Place.values()) {
            assertEquals(place.key(), place.englishPattern(), target.getProperty(place.key()));
        }
        assertEquals(SuppressedRow.ENGLISH_REASON, target.getProperty(SuppressedRow.REASON_KEY));
    }
}
