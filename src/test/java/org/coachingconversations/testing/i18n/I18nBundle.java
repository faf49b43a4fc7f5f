package org.coachingconversations.testing.i18n;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The plugin's default-language i18n bundles, resolved the way Confluence resolves them: every value is a
 * {@link MessageFormat} pattern, formatted even when there are no arguments (so {@code ''} prints one quote).
 * A key that no bundle defines is an error, never a fallback to the key itself.
 */
public final class I18nBundle {

    /** Translations ({@code coaching_de.properties}, {@code coaching_pt_BR.properties}) are not the default bundle. */
    private static final Pattern TRANSLATION_FILE = Pattern.compile(".*_[a-z]{2,3}(_[A-Z]{2})?\\.properties");

    private static final Path MAIN_BUNDLES = Paths.get("src/main/resources/i18n");

    private final Map<String, String> patterns;
    private final List<Path> files;
    private final Locale locale;

    private I18nBundle(Map<String, String> patterns, List<Path> files) {
        this(patterns, files, Locale.ENGLISH);
    }

    private I18nBundle(Map<String, String> patterns, List<Path> files, Locale locale) {
        this.patterns = Map.copyOf(patterns);
        this.files = List.copyOf(files);
        this.locale = locale;
    }

    /**
     * The bundles as a user with {@code locale} reads them: each key from {@code <file>_<language>.properties}
     * where that translation has it, else the default-language text, as the host's resource bundles fall back.
     */
    public static I18nBundle forLocale(List<Path> defaultFiles, Locale locale) {
        I18nBundle fallback = fromFiles(defaultFiles);
        if (locale.getLanguage().isEmpty() || locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return fallback;
        }
        Map<String, String> patterns = new HashMap<>(fallback.patterns);
        List<Path> files = new ArrayList<>(defaultFiles);
        for (Path file : defaultFiles) {
            String name = file.getFileName().toString();
            Path translation = file.resolveSibling(name.substring(0, name.length() - ".properties".length()) + "_"
                    + locale.getLanguage() + ".properties");
            if (Files.isRegularFile(translation)) {
                patterns.putAll(load(translation));
                files.add(translation);
            }
        }
        return new I18nBundle(patterns, files, locale);
    }

    /** The plugin's own bundles as read in {@code locale}; see {@link #forLocale}. */
    public static I18nBundle mainBundles(Locale locale) {
        return forLocale(defaultLanguageFiles(MAIN_BUNDLES), locale);
    }

    /** The plugin's own bundles: every default-language file in {@code src/main/resources/i18n}. */
    public static I18nBundle mainBundles() {
        return fromDirectory(MAIN_BUNDLES);
    }

    /** Loads every default-language {@code *.properties} file in {@code directory}; a key defined twice is an error. */
    public static I18nBundle fromDirectory(Path directory) {
        List<Path> files = defaultLanguageFiles(directory);
        if (files.isEmpty()) {
            throw new IllegalStateException("No i18n bundle (*.properties) in " + directory);
        }
        return fromFiles(files);
    }

    /** Loads the given bundle files; a key defined twice is an error. */
    public static I18nBundle fromFiles(List<Path> files) {
        Map<String, String> patterns = new HashMap<>();
        Map<String, Path> definedIn = new HashMap<>();
        for (Path file : files) {
            for (Map.Entry<String, String> entry : load(file).entrySet()) {
                Path earlier = definedIn.putIfAbsent(entry.getKey(), file);
                if (earlier != null) {
                    throw new IllegalStateException("i18n key " + entry.getKey() + " is defined in both " + earlier
                            + " and " + file);
                }
                patterns.put(entry.getKey(), entry.getValue());
            }
        }
        return new I18nBundle(patterns, files);
    }

    public Set<String> keys() {
        return patterns.keySet();
    }

    public boolean hasKey(String key) {
        return patterns.containsKey(key);
    }

    /** The unformatted pattern, as Confluence hands it to {@code AJS.format} on the client. */
    public String rawText(String key) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new MissingI18nKeyException(key, files);
        }
        return pattern;
    }

    public String text(String key, Object... arguments) {
        String pattern = rawText(key);
        try {
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("i18n key " + key + " is not a valid MessageFormat pattern: " + pattern, e);
        }
    }

    private static List<Path> defaultLanguageFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("i18n directory not found: " + directory.toAbsolutePath());
        }
        try (Stream<Path> listing = Files.list(directory)) {
            return listing
                    .filter(file -> file.getFileName().toString().endsWith(".properties"))
                    .filter(file -> !TRANSLATION_FILE.matcher(file.getFileName().toString()).matches())
                    .sorted()
                    .collect(ArrayList::new, List::add, List::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }

    private static Map<String, String> load(Path file) {
        requireAscii(file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read i18n bundle " + file, e);
        }
        Map<String, String> entries = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> entries.put(key, properties.getProperty(key)));
        return entries;
    }

    /** A template or test asked for text the bundles do not have: the page would show a raw key. */
    /** Hosts differ in the charset they read bundles with; \\uXXXX escapes read the same everywhere. */
    private static void requireAscii(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).chars().allMatch(c -> c < 128)) {
                    throw new IllegalStateException(file + " line " + (i + 1)
                            + " has a non-ASCII character; write it as a \\uXXXX escape");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read i18n bundle " + file, e);
        }
    }

    public static final class MissingI18nKeyException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        MissingI18nKeyException(String key, List<Path> files) {
            super("Missing i18n key '" + key + "': add it to one of " + files);
        }
    }
}
