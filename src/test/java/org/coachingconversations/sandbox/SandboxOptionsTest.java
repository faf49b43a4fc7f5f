package org.coachingconversations.sandbox;

import org.junit.Test;

import java.nio.file.Path;

import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.fail;

public class SandboxOptionsTest {

    @Test
    public void parse_shouldUseTheAtlasRunPortAndTheProjectDataDirectory_whenNothingIsGiven() {
        // When
        SandboxOptions target = SandboxOptions.parse();

        // Then
        assertEquals(new SandboxOptions(1990, Path.of("sandbox-data"), false), target);
    }

    @Test
    public void parse_shouldReadPortDataAndReset() {
        // When
        SandboxOptions target = SandboxOptions.parse("--reset", "--port", "2990", "--data", "/tmp/demo");

        // Then
        assertEquals(new SandboxOptions(2990, Path.of("/tmp/demo"), true), target);
    }

    @Test
    public void parse_shouldNameTheWrongOption() {
        assertProblem("--port: \"abc\" is not a number", "--port", "abc");
        assertProblem("--port: 70000 is not a port number (0-65535)", "--port", "70000");
        assertProblem("--data needs a value", "--data");
        assertProblem("Unknown option \"--demo\"", "--demo");
    }

    private static void assertProblem(String expected, String... arguments) {
        try {
            SandboxOptions.parse(arguments);
            fail("Accepted " + String.join(" ", arguments));
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage(), containsString(expected));
        }
    }
}
