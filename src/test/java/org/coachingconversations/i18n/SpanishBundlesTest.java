package org.coachingconversations.i18n;

import org.coachingconversations.testing.descriptor.PluginDescriptor;
import org.coachingconversations.testing.i18n.I18nBundle;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Every English bundle the descriptor declares has a Spanish bundle beside it ({@code <location>_es.properties}) that
 * Confluence picks for users whose language is Spanish. A key missing there shows English in the middle of a Spanish
 * screen, so the Spanish bundle must have every key, keep every placeholder, and not leave a value in English.
 */
public class SpanishBundlesTest {

    /**
     * Values that are the same in both languages on purpose: product names, acronyms and words Spanish spells the
     * same. A value made only of placeholders, digits and punctuation needs no entry.
     */
    private static final Set<String> SAME_IN_SPANISH = Set.of(
            "Coaching Conversations for Confluence",
            "Coaching",
            "Coach",
            "Total",
            "% favorable",
            "MQI",
            "SPS",
            // another district's rubric, named in seed 003
            "SOEI",
            // "min" abbreviates minutos too
            "{0} min");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final List<String> target = PluginDescriptor.load().i18nBundles();

    @Test
    public void descriptor_shouldDeclareTheEnglishAndGuideBundles() {
        // Given the descriptor's i18n resources
        // Then both bundles are there, so the checks below cover both
        assertTrue(target.toString(), target.containsAll(List.of("i18n/coaching", "i18n/coaching-guides")));
    }

    @Test
    public void spanishBundles_shouldExistForEveryEnglishBundle() {
        List<String> missing = new ArrayList<>();
        for (String location : target) {
            if (!Files.isRegularFile(spanish(location))) {
                missing.add(spanish(location).toString());
            }
        }
        assertEquals("Spanish bundles missing", List.of(), missing);
    }

    @Test
    public void spanishBundles_shouldHaveExactlyTheEnglishKeys() {
        List<String> problems = new ArrayList<>();
        for (String location : translated()) {
            // Given an English bundle and its Spanish translation
            I18nBundle english = I18nBundle.fromFiles(List.of(english(location)));
            I18nBundle spanish = I18nBundle.fromFiles(List.of(spanish(location)));
            // Then every English key is translated and the translation has no key English lacks
            for (String key : new TreeSet<>(english.keys())) {
                if (!spanish.hasKey(key)) {
                    problems.add(spanish(location).getFileName() + " lacks " + key);
                }
            }
            for (String key : new TreeSet<>(spanish.keys())) {
                if (!english.hasKey(key)) {
                    problems.add(spanish(location).getFileName() + " has " + key + ", which English does not");
                }
            }
        }
        assertEquals(String.join("\n", problems), List.of(), problems);
    }

    @Test
    public void spanishValues_shouldNotBeLeftInEnglish_exceptNamesTheSameInBothLanguages() {
        List<String> untranslated = new ArrayList<>();
        for (Translation translation : translations()) {
            String value = translation.spanish();
            if (value.equals(translation.english()) && !SAME_IN_SPANISH.contains(value)
                    && LETTER.matcher(PLACEHOLDER_TEXT.matcher(value).replaceAll("")).find()) {
                untranslated.add(translation.key() + "=" + value);
            }
        }
        assertEquals("Spanish values identical to English:\n" + String.join("\n", untranslated), List.of(),
                untranslated);
    }

    /** A whole MessageFormat placeholder such as {0} or {1,choice,1#...}: choice texts are checked with the rest. */
    private static final Pattern PLACEHOLDER_TEXT = Pattern.compile("\\{\\d+(,number,integer)?}");

    @Test
    public void spanishValues_shouldKeepEveryPlaceholderAndParseAsMessageFormat() {
        List<String> problems = new ArrayList<>();
        for (Translation translation : translations()) {
            String key = translation.key();
            String value = translation.spanish();
            if (!placeholders(value).equals(placeholders(translation.english()))) {
                problems.add(key + ": placeholders " + placeholders(value) + " instead of "
                        + placeholders(translation.english()));
            }
            try {
                new MessageFormat(value, Locale.forLanguageTag("es"));
            } catch (IllegalArgumentException e) {
                problems.add(key + ": not a MessageFormat pattern (" + e.getMessage() + ")");
            }
        }
        assertEquals(String.join("\n", problems), List.of(), problems);
    }

    /** A key of an English bundle that its Spanish bundle also has, with both raw values. */
    private record Translation(String key, String english, String spanish) {
    }

    /** Every key the English and Spanish bundles share, bundle by bundle, in key order. */
    private List<Translation> translations() {
        List<Translation> translations = new ArrayList<>();
        for (String location : translated()) {
            I18nBundle english = I18nBundle.fromFiles(List.of(english(location)));
            I18nBundle spanish = I18nBundle.fromFiles(List.of(spanish(location)));
            for (String key : new TreeSet<>(english.keys())) {
                if (spanish.hasKey(key)) {
                    translations.add(new Translation(key, english.rawText(key), spanish.rawText(key)));
                }
            }
        }
        return translations;
    }

    /** The bundles that have a Spanish file; a missing file fails only the test that checks it exists. */
    private List<String> translated() {
        List<String> locations = new ArrayList<>();
        for (String location : target) {
            if (Files.isRegularFile(spanish(location))) {
                locations.add(location);
            }
        }
        return locations;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> indexes = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            indexes.add(matcher.group(1));
        }
        return indexes;
    }

    private static Path english(String location) {
        return Paths.get("src/main/resources", location + ".properties");
    }

    private static Path spanish(String location) {
        return Paths.get("src/main/resources", location + "_es.properties");
    }
}
