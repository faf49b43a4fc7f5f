package org.coachingconversations.browser;

import org.coachingconversations.sandbox.Sandbox;
import org.coachingconversations.sandbox.SandboxOptions;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.data.StoredPage;
import org.junit.rules.ExternalResource;
import org.junit.rules.TestRule;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One sandbox (free port, fresh data directory with the demo school, fixed clock) and one headless Chromium for a
 * test class. Use it as a {@code @ClassRule}, and its {@link #eachTest()} as a {@code @Rule}: every test starts as
 * the sandbox's default user, and a failing test leaves a screenshot and the page's HTML in
 * {@code target/browser-failures/}.
 */
public final class SandboxBrowser extends ExternalResource {

    /** Fixed, so that bylines and dates in pages (and screenshots) do not change from run to run. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-15T08:00:00Z"), ZoneOffset.UTC);
    /** The visible part of the page, and so the size of every screenshot. */
    public static final Dimension VIEWPORT = new Dimension(1280, 900);
    /**
     * The tests use WebDriver only, never the DevTools protocol, so Selenium's warning that it has no DevTools
     * bindings for this Chromium version is noise. Held here: java.util.logging keeps loggers only weakly.
     */
    private static final List<Logger> QUIETED = Stream.of("org.openqa.selenium.devtools",
            "org.openqa.selenium.chromium").map(Logger::getLogger).toList();

    private final UnaryOperator<SandboxOptions> options;
    private Path temporary;
    private Sandbox sandbox;
    private ChromeDriver driver;
    private final Screenshots screenshots = Screenshots.fromSystemProperty();

    public SandboxBrowser() {
        this(UnaryOperator.identity());
    }

    /** A sandbox started with changed options, e.g. {@code options -> options.refusingRestrictions(...)}. */
    public SandboxBrowser(UnaryOperator<SandboxOptions> options) {
        this.options = options;
    }

    @Override
    protected void before() throws IOException {
        QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
        Chromium chromium = Chromium.fromSystemProperties();
        chromium.requireInstalled(Chromium.isCi(System.getenv("CI")) || screenshots.enabled(), System.err);
        temporary = Files.createTempDirectory("coaching-browser-test");
        try {
            sandbox = Sandbox.start(options.apply(new SandboxOptions(0, temporary.resolve("sandbox-data"), false)),
                    CLOCK);
            driver = startChromium(chromium, Files.createDirectory(temporary.resolve("chromium-profile")));
        } catch (IOException | RuntimeException e) {
            // JUnit calls after() only when before() succeeded
            after();
            throw e;
        }
    }

    @Override
    protected void after() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
            deleteQuietly(temporary);
        }
    }

    /**
     * The driver and the browser are the machine's; naming both keeps Selenium Manager from running (it would
     * otherwise look for, and download, a driver and a browser).
     */
    private static ChromeDriver startChromium(Chromium chromium, Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromium.driver().toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser().toFile());
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        // Without the background-networking flags Chromium's own traffic meets the closed network and the browser
        // refuses connections; the rest keep a fresh profile quiet and the screenshots the same size on any machine.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--lang=en-US",
                "--force-device-scale-factor=1", "--hide-scrollbars",
                "--window-size=" + VIEWPORT.getWidth() + "," + VIEWPORT.getHeight(),
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        fitViewport(driver);
        return driver;
    }

    /** The window holds more than the page (even headless): grow it by the difference so the viewport fits. */
    private static void fitViewport(ChromeDriver driver) {
        @SuppressWarnings("unchecked")
        List<Number> frame = (List<Number>) driver.executeScript("return [window.outerWidth - window.innerWidth,"
                + " window.outerHeight - window.innerHeight];");
        driver.manage().window().setSize(new Dimension(VIEWPORT.getWidth() + frame.get(0).intValue(),
                VIEWPORT.getHeight() + frame.get(1).intValue()));
    }

    /** Signs out the previous test's user and records what the browser showed when a test fails. */
    public TestRule eachTest() {
        return new TestWatcher() {
            @Override
            protected void starting(Description description) {
                driver.manage().deleteAllCookies();
            }

            @Override
            protected void failed(Throwable e, Description description) {
                saveFailure(description);
            }
        };
    }

    public WebDriver driver() {
        return driver;
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /** The full address of a sandbox path such as {@code /display/LINCOLN}. */
    public String url(String path) {
        return sandbox.baseUri() + path;
    }

    /** The id of the demo school's current page with this title. */
    public long pageId(String title) {
        return sandbox.store().currentPageByTitle(DemoSchool.SPACE_KEY, title).map(StoredPage::id)
                .orElseThrow(() -> new AssertionError("No page \"" + title + "\" in " + DemoSchool.SPACE_KEY));
    }

    /** Saves the browser's view as {@code <name>.png} when screenshots were asked for (see {@link Screenshots}). */
    public void screenshot(String name) {
        screenshots.save(driver, name);
    }

    private void saveFailure(Description description) {
        if (driver == null) {
            return;
        }
        try {
            Path directory = Files.createDirectories(Path.of("target", "browser-failures"));
            String name = description.getTestClass().getSimpleName() + "." + description.getMethodName();
            Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(directory.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource(),
                    StandardCharsets.UTF_8);
            System.err.println("The browser's view when " + name + " failed: " + directory.toAbsolutePath() + "/"
                    + name + ".png (and .html)");
        } catch (IOException | RuntimeException e) {
            System.err.println("Cannot save the browser's view of the failed test: " + e);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Cannot delete " + directory + ": " + e);
        }
    }
}
