package org.coachingconversations.domain.actionstep;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.anActionStep;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.coachingconversations.domain.people.ParticipantRole;
import org.junit.Test;

public class NextStepsCheckTest {

    private NextStepsCheck target;

    @Test
    public void of_shouldBeComplete_whenTeacherAndObserverEachHaveAStep() {
        // When
        target = NextStepsCheck.of(List.of(anActionStep().withRole(ParticipantRole.TEACHER).build(),
                anActionStep().withRole(ParticipantRole.OBSERVER).doneOn("2024-01-12").build()));

        // Then
        assertTrue(target.isComplete());
        assertEquals("", target.message());
    }

    @Test
    public void of_shouldNameTheObserver_whenOnlyTheTeacherHasSteps() {
        // When
        target = NextStepsCheck.of(List.of(anActionStep().withRole(ParticipantRole.TEACHER).build()));

        // Then
        assertEquals(List.of(ParticipantRole.OBSERVER), target.missingRoles());
        assertEquals("Next steps need actions for both the teacher and the observer; add one for the observer.",
                target.message());
    }

    @Test
    public void of_shouldNameBoth_whenThereAreNoSteps() {
        // When
        target = NextStepsCheck.of(List.of());

        // Then
        assertEquals(List.of(ParticipantRole.TEACHER, ParticipantRole.OBSERVER), target.missingRoles());
        assertEquals("Next steps need actions for both the teacher and the observer;"
                + " add one for the teacher and one for the observer.", target.message());
    }

    @Test
    public void of_shouldNotCountACoachOrADroppedStep_asTheObserversAction() {
        // When
        target = NextStepsCheck.of(List.of(anActionStep().withRole(ParticipantRole.TEACHER).build(),
                anActionStep().withRole(ParticipantRole.COACH).build(),
                anActionStep().withRole(ParticipantRole.OBSERVER).dropped().build()));

        // Then
        assertFalse(target.isComplete());
        assertEquals(List.of(ParticipantRole.OBSERVER), target.missingRoles());
    }
}
