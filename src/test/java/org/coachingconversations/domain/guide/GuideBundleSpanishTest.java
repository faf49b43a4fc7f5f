package org.coachingconversations.domain.guide;

import org.coachingconversations.testing.i18n.I18nBundle;
import org.junit.Test;

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

/**
 * The Spanish guide texts against the English ones: a Spanish reader gets every text, with the same values
 * filled in, and none is left in English by mistake.
 */
public class GuideBundleSpanishTest {

    private static final Path I18N = Paths.get("src/main/resources/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    /**
     * What a translation may keep as it is: programme and rubric names, and the minute symbol, which Spanish
     * writes the same way. A value made only of these, numbers, punctuation and placeholders is not English.
     */
    private static final Pattern UNTRANSLATED_NAMES = Pattern.compile("\\b(SOEI|MQI|SPS|min)\\b");

    private final I18nBundle english = I18nBundle.fromFiles(List.of(I18N.resolve("coaching-guides.properties")));
    private final I18nBundle target = I18nBundle.fromFiles(List.of(I18N.resolve("coaching-guides_es.properties")));

    @Test
    public void keys_shouldBeTheEnglishKeys() {
        // Given
        Set<String> englishKeys = new TreeSet<>(english.keys());

        // When
        Set<String> spanishKeys = new TreeSet<>(target.keys());

        // Then
        assertEquals(englishKeys, spanishKeys);
    }

    @Test
    public void rawText_shouldUseTheEnglishPlaceholders_forEveryKey() {
        // Given
        List<String> mismatches = new ArrayList<>();

        // When
        for (String key : new TreeSet<>(english.keys())) {
            List<String> expected = placeholders(english.rawText(key));
            List<String> actual = placeholders(target.rawText(key));
            if (!expected.equals(actual)) {
                mismatches.add(key + ": " + expected + " in English, " + actual + " in Spanish");
            }
        }

        // Then
        assertEquals(List.of(), mismatches);
    }

    @Test
    public void text_shouldKeepEveryPlaceholderAndQuote_whenFormattedAsTheHostDoes() {
        // Given: a single quote left undoubled would swallow the text after it, placeholders included
        List<String> broken = new ArrayList<>();
        Object[] values = {"\u00absobre0\u00bb", "\u00absobre1\u00bb", "\u00absobre2\u00bb", "\u00absobre3\u00bb"};

        // When
        for (String key : new TreeSet<>(target.keys())) {
            String pattern = target.rawText(key);
            String text = new MessageFormat(pattern, Locale.forLanguageTag("es")).format(values);
            int expectedQuotes = pattern.split("''", -1).length - 1;
            long quotes = text.chars().filter(c -> c == '\'').count();
            long filled = PLACEHOLDER.matcher(pattern).results().count();
            long filledInText = Pattern.compile("\u00absobre\\d\u00bb").matcher(text).results().count();
            if (pattern.replace("''", "").contains("'") || quotes != expectedQuotes || filled != filledInText) {
                broken.add(key + ": " + pattern);
            }
        }

        // Then
        assertEquals(List.of(), broken);
    }

    @Test
    public void rawText_shouldDifferFromEnglish_unlessTheValueIsOnlyNamesAndNumbers() {
        // Given
        List<String> leftInEnglish = new ArrayList<>();

        // When
        for (String key : new TreeSet<>(english.keys())) {
            String spanish = target.rawText(key);
            if (spanish.equals(english.rawText(key)) && hasWords(spanish)) {
                leftInEnglish.add(key + "=" + spanish);
            }
        }

        // Then
        assertEquals(List.of(), leftInEnglish);
    }

    @Test
    public void rawText_shouldOpenEveryQuestionWithAnInvertedMark_andAskWhereEnglishAsks() {
        // Given
        List<String> mismatches = new ArrayList<>();

        // When
        for (String key : new TreeSet<>(english.keys())) {
            String spanish = target.rawText(key);
            long englishQuestions = count(english.rawText(key), '?');
            long closing = count(spanish, '?');
            long opening = count(spanish, '\u00bf');
            if (closing != englishQuestions || opening != closing) {
                mismatches.add(key + ": " + englishQuestions + " question(s) in English, " + opening + " \u00bf and "
                        + closing + " ? in Spanish");
            }
        }

        // Then
        assertEquals(List.of(), mismatches);
    }

    private static List<String> placeholders(String pattern) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add("{" + matcher.group(1) + "}");
        }
        found.sort(null);
        return found;
    }

    private static boolean hasWords(String value) {
        String withoutNames = UNTRANSLATED_NAMES.matcher(PLACEHOLDER.matcher(value).replaceAll("")).replaceAll("");
        return withoutNames.codePoints().anyMatch(Character::isLetter);
    }

    private static long count(String text, char mark) {
        return text.chars().filter(c -> c == mark).count();
    }
}
