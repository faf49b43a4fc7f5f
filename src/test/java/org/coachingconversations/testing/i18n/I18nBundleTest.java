package org.coachingconversations.testing.i18n;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class I18nBundleTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Path directory;

    @Before
    public void createDirectory() throws IOException {
        directory = folder.newFolder("i18n").toPath();
    }

    @Test
    public void text_shouldFormatTheMessageFormatPattern() throws IOException {
        // Given
        bundleFile("coaching.properties", "test.steps=You have {0} open action steps for {1}.", "test.quote=It''s due");
        I18nBundle target = I18nBundle.fromDirectory(directory);

        // When
        String steps = target.text("test.steps", 3, "Ana");
        String quote = target.text("test.quote");

        // Then
        assertEquals("You have 3 open action steps for Ana.", steps);
        assertEquals("It's due", quote);
    }

    @Test
    public void forLocale_shouldReadTheTranslation_andEnglishForAKeyItLacks() throws IOException {
        // Given
        bundleFile("coaching.properties", "test.due=Due on {0}", "test.only-english=Plain");
        bundleFile("coaching_es.properties", "test.due=Vence el {0}");

        // When
        I18nBundle target = I18nBundle.forLocale(java.util.List.of(directory.resolve("coaching.properties")),
                java.util.Locale.forLanguageTag("es"));

        // Then
        assertEquals("Vence el 3", target.text("test.due", 3));
        assertEquals("Plain", target.text("test.only-english"));
        assertEquals("Due on 3", I18nBundle.fromDirectory(directory).text("test.due", 3));
    }

    @Test
    public void text_shouldFailNamingTheKey_whenNoBundleHasIt() throws IOException {
        // Given
        bundleFile("coaching.properties", "test.present=Here");
        I18nBundle target = I18nBundle.fromDirectory(directory);

        // When
        I18nBundle.MissingI18nKeyException failure = assertThrows(I18nBundle.MissingI18nKeyException.class,
                () -> target.text("test.absent"));

        // Then
        assertThat(failure.getMessage(), containsString("'test.absent'"));
        assertThat(failure.getMessage(), containsString("coaching.properties"));
    }

    @Test
    public void text_shouldUseTheDefaultLanguage_whenTranslationsArePresent() throws IOException {
        // Given
        bundleFile("coaching.properties", "test.greeting=Hello");
        bundleFile("coaching_de.properties", "test.greeting=Hallo");
        bundleFile("coaching_pt_BR.properties", "test.greeting=Olá");
        I18nBundle target = I18nBundle.fromDirectory(directory);

        // When
        String greeting = target.text("test.greeting");

        // Then
        assertEquals("Hello", greeting);
    }

    @Test
    public void fromDirectory_shouldFailNamingBothFiles_whenTwoBundlesDefineTheSameKey() throws IOException {
        // Given
        bundleFile("coaching.properties", "test.greeting=Hello");
        bundleFile("extra.properties", "test.greeting=Hi");

        // When
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> I18nBundle.fromDirectory(directory));

        // Then
        assertThat(failure.getMessage(), containsString("test.greeting"));
        assertThat(failure.getMessage(), containsString("coaching.properties"));
        assertThat(failure.getMessage(), containsString("extra.properties"));
    }

    private void bundleFile(String name, String... lines) throws IOException {
        Files.writeString(directory.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
