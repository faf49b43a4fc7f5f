package org.coachingconversations.domain.timeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class TimelineSettingsTest {

    private TimelineSettings target;

    @Test
    public void defaults_shouldMatchTheSeedDeadlines() {
        // When
        target = TimelineSettings.defaults();

        // Then
        assertEquals(SchoolDayWindow.of(2, 5), target.conferenceAfterObservation());
        assertEquals(SchoolDayWindow.of(1, 2), target.sharingBeforeConference());
        assertEquals(SchoolDayWindow.of(1, 3), target.finalizationAfterConference());
    }

    @Test
    public void of_shouldNameTheWindow_whenItsEndIsBeforeItsStart() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> TimelineSettings.of(2, 5, 1, 2, 3, 1, 0, 5));

        // Then
        assertEquals("Finalization window (school days after the post-conference): the most school days (1)"
                + " is less than the fewest (3).", refusal.getMessage());
    }

    @Test
    public void of_shouldRefuseNegativeDays() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> TimelineSettings.of(-1, 5, 1, 2, 1, 3, 0, 5));

        // Then
        assertEquals("Post-conference window (school days after the observation): the fewest school days (-1)"
                + " cannot be negative.", refusal.getMessage());
    }

    @Test
    public void of_shouldRefuseAWindowBeyondSixtySchoolDays() {
        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> TimelineSettings.of(2, 5, 1, 2, 1, 3, 0, 500));

        // Then
        assertEquals("Acknowledgement window (school days after finalization): the most school days (500)"
                + " is above the limit of 60.", refusal.getMessage());
    }

    @Test
    public void of_shouldAcceptAUnionContractOfTenSchoolDays() {
        // When
        target = TimelineSettings.of(1, 10, 1, 2, 1, 3, 0, 5);

        // Then
        assertEquals(SchoolDayWindow.of(1, 10), target.conferenceAfterObservation());
    }
}
