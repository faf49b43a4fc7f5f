package org.coachingconversations.browser;

import org.junit.AssumptionViolatedException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** Missing Chromium fails the browser tests where they must run (CI, screenshots) and skips them, loudly, elsewhere. */
public class ChromiumTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    public void requireInstalled_shouldFailNamingThePackages_whenTheDriverIsMissingAndTheTestsMustRun() throws IOException {
        // Given
        Chromium target = new Chromium(executable("chromium"), folder.getRoot().toPath().resolve("chromedriver"));

        try {
            // When
            target.requireInstalled(true, console);
            fail("A missing chromedriver must fail the browser tests in CI");
        } catch (AssertionError e) {
            // Then
            assertThat(e.getMessage(), containsString("chromedriver"));
            assertThat(e.getMessage(), containsString("apt-get install chromium chromium-driver"));
        }
    }

    @Test
    public void requireInstalled_shouldSkipLoudly_whenTheBrowserIsMissingAndTheTestsNeedNotRun() throws IOException {
        // Given
        Chromium target = new Chromium(folder.getRoot().toPath().resolve("chromium"), executable("chromedriver"));

        try {
            // When
            target.requireInstalled(false, console);
            fail("Outside CI a missing browser skips the browser tests");
        } catch (AssumptionViolatedException e) {
            // Then
            assertThat(printed.toString(StandardCharsets.UTF_8), containsString("BROWSER TESTS SKIPPED"));
            assertThat(printed.toString(StandardCharsets.UTF_8), containsString("Debian package chromium;"));
        }
    }

    @Test
    public void isCi_shouldBeTrue_whenTheCiVariableIsSetAndNotFalse() {
        // Then
        assertTrue(Chromium.isCi("true"));
        assertTrue(Chromium.isCi("1"));
        assertFalse(Chromium.isCi("false"));
        assertFalse(Chromium.isCi(" FALSE "));
        assertFalse(Chromium.isCi(""));
        assertFalse(Chromium.isCi(null));
    }

    @Test
    public void requireInstalled_shouldPass_whenBothProgramsAreThere() throws IOException {
        // Given
        Chromium target = new Chromium(executable("chromium"), executable("chromedriver"));

        // When
        target.requireInstalled(true, console);
        target.requireInstalled(false, console);

        // Then nothing was thrown, nor announced
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    private Path executable(String name) throws IOException {
        Path file = folder.newFile(name).toPath();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
