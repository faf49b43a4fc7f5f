package org.coachingconversations.browser;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The user guide's screenshots, taken by the browser tests at the moments they show: off unless
 * {@code -Dcoaching.screenshots=DIR} names where to write them ({@code ./screenshots} writes {@code docs/images}).
 * A relative directory is resolved against the project directory, where Maven runs the tests.
 */
final class Screenshots {

    static final String PROPERTY = "coaching.screenshots";
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path directory;

    private Screenshots(Path directory) {
        this.directory = directory;
    }

    static Screenshots fromSystemProperty() {
        String directory = System.getProperty(PROPERTY, "");
        return new Screenshots(directory.isBlank() ? null : Path.of(directory.trim()));
    }

    boolean enabled() {
        return directory != null;
    }

    /** Writes the browser's viewport to {@code <directory>/<name>.png}; does nothing when screenshots are off. */
    void save(WebDriver driver, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Screenshot name \"" + name + "\": use lower-case words joined by '-'");
        }
        if (directory == null) {
            return;
        }
        Path file = directory.resolve(name + ".png");
        try {
            Files.createDirectories(directory);
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the screenshot " + file.toAbsolutePath(), e);
        }
        System.out.println("Screenshot " + file);
    }
}
