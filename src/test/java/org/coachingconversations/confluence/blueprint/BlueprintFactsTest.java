package org.coachingconversations.confluence.blueprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.confluence.blueprint.BlueprintFacts.PlannedStep;
import org.coachingconversations.domain.conversation.ParticipantRole;
import org.junit.Test;

public class BlueprintFactsTest {

    @Test
    public void actionSteps_shouldReadBackAsWritten_withoutBreakingOnTabsOrLineBreaks() {
        // Given
        List<PlannedStep> steps = List.of(
                new PlannedStep(ParticipantRole.TEACHER, Optional.of("8a7f808a"), Optional.of(LocalDate.of(2026, 3, 27)),
                        "Try exit tickets\tdaily\r\nin <b>math</b> & science"),
                new PlannedStep(ParticipantRole.COACH, Optional.empty(), Optional.empty(), "Find a model lesson"));

        // When
        List<PlannedStep> read = BlueprintFacts.readActionSteps(BlueprintFacts.actionSteps(steps));

        // Then
        assertEquals(List.of(
                new PlannedStep(ParticipantRole.TEACHER, Optional.of("8a7f808a"), Optional.of(LocalDate.of(2026, 3, 27)),
                        "Try exit tickets daily in <b>math</b> & science"),
                steps.get(1)), read);
    }

    @Test
    public void readActionSteps_shouldFindNone_whenThePageStartsWithoutSteps() {
        // When / Then
        assertEquals(List.of(), BlueprintFacts.readActionSteps(null));
        assertEquals(List.of(), BlueprintFacts.readActionSteps(""));
    }

    @Test
    public void readActionSteps_shouldNameTheLine_whenAStepCannotBeRead() {
        // When
        IllegalArgumentException role = assertThrows(IllegalArgumentException.class,
                () -> BlueprintFacts.readActionSteps("teacher\t\t\tFine\nprincipal\t\t\tStep"));
        IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
                () -> BlueprintFacts.readActionSteps("teacher\t\t27/03/2026\tStep"));
        IllegalArgumentException fields = assertThrows(IllegalArgumentException.class,
                () -> BlueprintFacts.readActionSteps("teacher\tStep"));

        // Then
        assertEquals("coachingActionSteps line 2: \"principal\" is not a role.", role.getMessage());
        assertEquals("coachingActionSteps line 1: \"27/03/2026\" is not a date (yyyy-MM-dd).", date.getMessage());
        assertEquals("coachingActionSteps line 1 has 2 fields; a step has 4: role, owner, due date, description.",
                fields.getMessage());
    }
}
