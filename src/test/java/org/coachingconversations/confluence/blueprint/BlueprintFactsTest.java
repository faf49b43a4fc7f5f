package org.coachingconversations.confluence.blueprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coachingconversations.application.blueprint.BlueprintPageRegistration.StartingStep;
import org.coachingconversations.domain.people.ParticipantRole;
import org.junit.Test;

public class BlueprintFactsTest {

    @Test
    public void actionSteps_shouldReadBackAsWritten_withoutBreakingOnTabsOrLineBreaks() {
        // Given
        List<StartingStep> steps = List.of(
                new StartingStep(ParticipantRole.TEACHER, Optional.of("8a7f808a"), Optional.of(LocalDate.of(2026, 3, 27)),
                        "Try exit tickets\tdaily\r\nin <b>math</b> & science"),
                new StartingStep(ParticipantRole.COACH, Optional.empty(), Optional.empty(), "Find a model lesson"));

        // When
        List<StartingStep> read = BlueprintFacts.readActionSteps(BlueprintFacts.actionSteps(steps));

        // Then
        assertEquals(List.of(
                new StartingStep(ParticipantRole.TEACHER, Optional.of("8a7f808a"), Optional.of(LocalDate.of(2026, 3, 27)),
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
        assertEquals("coachingFact.actionSteps line 2: \"principal\" is not a role.", role.getMessage());
        assertEquals("coachingFact.actionSteps line 1: \"27/03/2026\" is not a date (yyyy-MM-dd).", date.getMessage());
        assertEquals("coachingFact.actionSteps line 1 has 2 fields; a step has 4: role, owner, due date, description.",
                fields.getMessage());
    }

    @Test
    public void contentTemplates_shouldNameNoVariableInTheFactsNamespace() throws IOException {
        // Given every variable of every content template
        Pattern variable = Pattern.compile("at:name=\"([^\"]*)\"");
        List<String> variables = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/blueprint"))) {
            for (Path template : templates.filter(path -> path.getFileName().toString().equals("content.xml")).toList()) {
                Matcher names = variable.matcher(Files.readString(template));
                while (names.find()) {
                    variables.add(names.group(1));
                }
            }
        }
        assertTrue("the four content templates declare variables", variables.size() > 40);

        // When / Then
        for (String name : variables) {
            assertFalse(name + " lies in the facts' namespace", BlueprintFacts.isFactKey(name));
        }
    }

    @Test
    public void keys_shouldAllLieInTheFactsNamespace() {
        // When / Then
        assertEquals(10, BlueprintFacts.KEYS.size());
        BlueprintFacts.KEYS.forEach(key -> assertTrue(key, BlueprintFacts.isFactKey(key)));
        assertFalse(BlueprintFacts.isFactKey("coachingActionSteps"));
        assertFalse(BlueprintFacts.isFactKey(null));
    }
}
