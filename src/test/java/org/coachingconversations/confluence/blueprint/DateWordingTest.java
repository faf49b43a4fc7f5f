package org.coachingconversations.confluence.blueprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.coachingconversations.testing.blueprint.WizardPage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

/** A user reads how to write a date in one wording only, wherever the app tells them. */
public class DateWordingTest {

    private static final String WORDING = "yyyy-MM-dd";
    private static final Pattern ANY_SPELLING = Pattern.compile("(?i)y{2,4}[-/.]m{1,2}[-/.]d{1,2}");
    private static final List<String> WIZARDS = List.of("Coaching.Blueprints.CycleRecord.wizardPage",
            "Coaching.Blueprints.CoachingConversation.wizardPage", "Coaching.Blueprints.SpsReflection.wizardPage",
            "Coaching.Blueprints.VideoCoachingCycle.wizardPage");

    @Test
    public void i18nBundles_shouldSpellTheDateFormatOneWay() throws IOException {
        // Given
        List<String> found = new ArrayList<>();
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path bundle : bundles.filter(file -> file.toString().endsWith(".properties")).toList()) {
                Properties texts = new Properties();
                try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.ISO_8859_1)) {
                    texts.load(reader);
                }
                // When
                texts.forEach((key, text) -> spellings(bundle.getFileName() + " " + key, (String) text, found));
            }
        }

        // Then
        assertFalse("no date format found; the test reads the wrong files", found.isEmpty());
        found.forEach(spelling -> assertEquals(spelling, WORDING, spelling.substring(spelling.lastIndexOf(' ') + 1)));
    }

    @Test
    public void wizardPages_shouldSpellTheDateFormatOneWay_inTextAndPlaceholders() {
        for (String template : WIZARDS) {
            // When
            Document page = new WizardPage(template).render(Map.of());
            List<String> found = new ArrayList<>();
            spellings(template + " text", page.text(), found);
            for (Element field : page.select("[placeholder]")) {
                spellings(template + " placeholder", field.attr("placeholder"), found);
            }

            // Then
            found.forEach(spelling -> assertEquals(spelling, WORDING,
                    spelling.substring(spelling.lastIndexOf(' ') + 1)));
        }
    }

    private static void spellings(String where, String text, List<String> found) {
        Matcher matcher = ANY_SPELLING.matcher(text);
        while (matcher.find()) {
            found.add(where + ": " + matcher.group());
        }
    }
}
