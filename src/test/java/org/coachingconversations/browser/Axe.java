package org.coachingconversations.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Duration;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (bundled under {@code src/test/resources/axe}, never fetched) on the page the browser shows, against
 * the WCAG 2.0 and 2.1 A and AA rules, and fails with every violation found. Counts the screens checked in this JVM,
 * so that the test run can print how many were checked.
 */
public final class Axe {

    private static final String TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";
    private static final Set<String> SCREENS = new LinkedHashSet<>();
    private static int violationsFound;
    private static final Set<String> HOST_SCREENS = new LinkedHashSet<>();
    private static final List<String> HOST_VIOLATIONS = new ArrayList<>();
    private static final String SOURCE = load();

    private Axe() {
    }

    /**
     * Checks the browser's current page, named {@code screen} in the failure message and in the count.
     *
     * @throws AssertionError listing each violation's rule, impact, elements and help text
     */
    public static void check(WebDriver driver, String screen) {
        List<String> violations = violations(driver);
        synchronized (SCREENS) {
            SCREENS.add(screen);
            violationsFound += violations.size();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("axe: " + violations.size() + " WCAG 2.1 AA violation(s) on " + screen + " ("
                    + driver.getCurrentUrl() + "):\n" + String.join("\n", violations));
        }
    }

    /**
     * Checks one of the sandbox's stand-ins for Confluence's own screens (no part of the app on it), counted apart
     * from the app's screens.
     *
     * @return the violations found, one line each as {@link #violations} gives them; empty when there are none
     */
    public static List<String> checkHost(WebDriver driver, String screen) {
        List<String> violations = violations(driver);
        synchronized (SCREENS) {
            HOST_SCREENS.add(screen);
            violations.forEach(line -> HOST_VIOLATIONS.add(screen + ": " + line.strip()));
        }
        return violations;
    }

    /**
     * How many distinct screens of the app and of the host were checked in this JVM, and how many violations were
     * found on each kind; then the host's violations, one a line.
     */
    public static String summary() {
        synchronized (SCREENS) {
            StringBuilder summary = new StringBuilder("axe: ").append(SCREENS.size()).append(" app screens checked, ")
                    .append(violationsFound).append(" violations; ").append(HOST_SCREENS.size())
                    .append(" host screens checked, ").append(HOST_VIOLATIONS.size()).append(" violations");
            HOST_VIOLATIONS.forEach(line -> summary.append("\n  host ").append(line));
            return summary.toString();
        }
    }

    /** One line per violation and element: rule, impact, CSS target, help and the failure summary. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SOURCE);
        }
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: " + TAGS + "}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
                + " help: v.help, nodes: v.nodes.map(function (n) { return {target: n.target.join(' '),"
                + " summary: n.failureSummary || ''}; })}; })); })"
                + ".catch(function (e) { done('axe failed: ' + e); });");
        if (result instanceof String failure) {
            throw new AssertionError(failure);
        }
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            for (Map<String, Object> node : (List<Map<String, Object>>) violation.get("nodes")) {
                lines.add("  - " + violation.get("id") + " (" + violation.get("impact") + ") at " + node.get("target")
                        + ": " + violation.get("help") + " \u2014 "
                        + String.valueOf(node.get("summary")).replace('\n', ' '));
            }
        }
        return lines;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the test resources (src/test/resources/axe)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
