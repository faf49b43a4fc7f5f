package org.coachingconversations.browser;

import org.junit.AssumptionViolatedException;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The browser the browser tests drive: the machine's Chromium and its chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}), named by path so that Selenium never looks for, or downloads, a driver or browser of its
 * own. {@code -Dcoaching.chromium=...} and {@code -Dcoaching.chromedriver=...} point elsewhere.
 */
final class Chromium {

    static final String BROWSER_PROPERTY = "coaching.chromium";
    static final String DRIVER_PROPERTY = "coaching.chromedriver";
    static final Path DEFAULT_BROWSER = Path.of("/usr/bin/chromium");
    static final Path DEFAULT_DRIVER = Path.of("/usr/bin/chromedriver");

    private final Path browser;
    private final Path driver;

    Chromium(Path browser, Path driver) {
        this.browser = browser;
        this.driver = driver;
    }

    static Chromium fromSystemProperties() {
        return new Chromium(Path.of(System.getProperty(BROWSER_PROPERTY, DEFAULT_BROWSER.toString())),
                Path.of(System.getProperty(DRIVER_PROPERTY, DEFAULT_DRIVER.toString())));
    }

    Path browser() {
        return browser;
    }

    Path driver() {
        return driver;
    }

    /** What is missing, one line each; empty when both programs are there. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(browser)) {
            missing.add("the browser " + browser + " (Debian package chromium; -D" + BROWSER_PROPERTY + " names another)");
        }
        if (!Files.isExecutable(driver)) {
            missing.add("the driver " + driver + " (Debian package chromium-driver; -D" + DRIVER_PROPERTY
                    + " names another)");
        }
        return missing;
    }

    /** Whether the environment variable {@code CI} says this is a CI run (set, and not {@code false}). */
    static boolean isCi(String ciVariable) {
        return ciVariable != null && !ciVariable.isBlank() && !ciVariable.trim().toLowerCase(Locale.ROOT).equals("false");
    }

    /**
     * In CI, or when screenshots are asked for, a missing browser fails the tests: a green build must mean they ran.
     * On a developer's machine without Chromium they are skipped, loudly.
     *
     * @param mustRun whether the browser tests must run here (CI, screenshots)
     * @param console where a skip is announced
     * @throws AssertionError               when something is missing and the tests must run
     * @throws AssumptionViolatedException when something is missing and they need not
     */
    void requireInstalled(boolean mustRun, PrintStream console) {
        List<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        String message = "The browser tests need Chromium and chromedriver; missing: " + String.join("; ", missing)
                + ". Install them with: apt-get install chromium chromium-driver (.ci/run does).";
        if (mustRun) {
            throw new AssertionError(message);
        }
        console.println();
        console.println("********************************************************************************");
        console.println("* BROWSER TESTS SKIPPED");
        console.println("* " + message);
        console.println("********************************************************************************");
        throw new AssumptionViolatedException(message);
    }
}
