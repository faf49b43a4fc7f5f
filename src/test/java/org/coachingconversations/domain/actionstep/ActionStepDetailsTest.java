package org.coachingconversations.domain.actionstep;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.anActionStep;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.coachingconversations.domain.people.ParticipantRole;
import org.junit.Test;

public class ActionStepDetailsTest {

    @Test
    public void applyTo_shouldChangeTheEditableDetails_andKeepIdPageSpaceStatusAndCompletion() {
        // Given
        ActionStep done = anActionStep().withId(12).onPage(7).inSpace("SCH").doneOn("2024-01-12").build();
        ActionStepDetails target = new ActionStepDetails(Optional.of("coach-1"), ParticipantRole.COACH,
                "  Model a think-aloud  ", Optional.of(LocalDate.parse("2024-02-29")));

        // When
        ActionStep edited = target.applyTo(done);

        // Then
        assertEquals(new ActionStep(12, 7, "SCH", Optional.of("coach-1"), ParticipantRole.COACH,
                "Model a think-aloud", Optional.of(LocalDate.parse("2024-02-29")), ActionStepStatus.DONE,
                Optional.of(LocalDate.parse("2024-01-12"))), edited);
    }

    @Test
    public void constructor_shouldRefuseADescriptionOverTheLimit_namingIt() {
        // When
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ActionStepDetails.of(anActionStep().build()).withDescription("x".repeat(2001)));

        // Then
        assertEquals("Action step: the description has 2001 characters; the limit is 2000.", refused.getMessage());
    }
}
