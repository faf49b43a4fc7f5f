package org.coachingconversations.domain.form;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.Test;

/**
 * The server's half of the wizard's promise: the domain form reports exactly the problems the shared case list
 * expects. Node's test of {@code blueprint/video-coaching-cycle/validation.js} answers the same list, so the browser
 * and the server apply the same rules.
 */
public class VideoCoachingCycleWizardRulesTest {

    private static final Path CASES = Path.of("src/test/resources/wizard/video-coaching-cycle-cases.txt");

    private final VideoCoachingCycleForm target = new VideoCoachingCycleForm();

    @Test
    public void validate_shouldReportWhatTheSharedWizardCasesExpect() throws IOException {
        // Given
        List<WizardCase> cases = WizardCase.read(Files.readAllLines(CASES, StandardCharsets.UTF_8));
        assertTrue("the case list is empty", cases.size() > 20);
        List<String> mismatches = new ArrayList<>();

        for (WizardCase wizardCase : cases) {
            // When
            FormResult<VideoCoachingCycleInput> result = target.validate(FormInput.of(wizardCase.values));

            // Then
            List<String> found = result.isValid() ? List.of() : result.errors().stream()
                    .map(error -> error.fieldName() + " " + error.message().name().toLowerCase(Locale.ROOT).replace('_', '-')
                            + (error.arguments().isEmpty() ? "" : " " + String.join("|", error.arguments())))
                    .toList();
            if (!found.equals(wizardCase.expected)) {
                mismatches.add(wizardCase.description + ": expected " + wizardCase.expected + " but got " + found);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    /** One case of the list: a valid submission changed, and the problems expected ("field problem args"). */
    private static final class WizardCase {
        private final String description;
        private final Map<String, String> values = new LinkedHashMap<>(Map.ofEntries(
                Map.entry("teacher", "tmorales"),
                Map.entry("coach", "jkeller"),
                Map.entry("meetingDate", "2026-10-06"),
                Map.entry("meetingTime", "17:00"),
                Map.entry("focus", "Student explanations of their reasoning"),
                Map.entry("rubricCodes", "MQI-2a, MQI-3b"),
                Map.entry("clip1", "03:15-08:40"),
                Map.entry("clip1Reason", "Students compare two strategies"),
                Map.entry("clip2", "21:05-26:00"),
                Map.entry("clip2Reason", "Teacher revoices a student explanation"),
                Map.entry("stockClip", "Ms. Rivera: Fractions on a number line"),
                Map.entry("nextConversationDate", "2026-10-20")));
        private final List<String> expected = new ArrayList<>();

        private WizardCase(String description) {
            this.description = description;
        }

        static List<WizardCase> read(List<String> lines) {
            List<WizardCase> cases = new ArrayList<>();
            WizardCase current = null;
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                String command = space < 0 ? line : line.substring(0, space);
                String rest = space < 0 ? "" : unescape(line.substring(space + 1));
                if (command.equals("case")) {
                    current = new WizardCase(rest);
                    cases.add(current);
                } else if (current == null) {
                    throw new IllegalArgumentException("A line before the first case: " + line);
                } else if (command.equals("set")) {
                    current.values.put(rest.substring(0, rest.indexOf('=')), rest.substring(rest.indexOf('=') + 1));
                } else if (command.equals("unset")) {
                    current.values.remove(rest);
                } else if (command.equals("expect")) {
                    current.expected.add(rest);
                } else {
                    throw new IllegalArgumentException("Not a case line: " + line);
                }
            }
            return cases;
        }

        private static String unescape(String text) {
            StringBuilder result = new StringBuilder();
            for (int index = 0; index < text.length(); index++) {
                char character = text.charAt(index);
                if (character != '\\' || index + 1 == text.length()) {
                    result.append(character);
                    continue;
                }
                char next = text.charAt(++index);
                switch (next) {
                    case 'n' -> result.append('\n');
                    case 't' -> result.append('\t');
                    case 'u' -> {
                        result.append((char) Integer.parseInt(text.substring(index + 1, index + 5), 16));
                        index += 4;
                    }
                    default -> result.append(next);
                }
            }
            return result.toString();
        }
    }
}
