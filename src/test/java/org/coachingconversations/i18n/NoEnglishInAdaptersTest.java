package org.coachingconversations.i18n;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The adapters (macros, REST resources, servlets, blueprints, platform) take every word a person reads from the i18n
 * bundles, so a sentence written into their code would reach a Spanish reader in English. This scan finds string
 * literals that read like a sentence (three words or more) outside comments, log calls and exception constructors
 * (whose messages go to logs), and fails for any that is not on the list below with its reason.
 */
public class NoEnglishInAdaptersTest {

    private static final List<Path> ADAPTERS = List.of(
            Paths.get("src/main/java/org/coachingconversations/confluence"),
            Paths.get("src/main/java/org/coachingconversations/platform"));

    /** Three words or more in a string literal; two-word texts ("Not found.") slip through: cheap, not complete. */
    private static final Pattern SENTENCE = Pattern.compile("\"[A-Za-z][A-Za-z']*(?: [A-Za-z'(),:;.-]+){2,}");
    private static final Pattern NOT_FOR_READERS = Pattern.compile(
            "^\\s*(\\*|//|/\\*)|LOG\\.|Exception\\(|super\\(|throw error\\(");

    /** File name and the start of the literal, with why a reader never gets it in the wrong language. */
    private static final Map<String, String> ALLOWED = Map.of(
            "RestResponses.java: \"Sign in to use this",
            "the English 401 of RestResponses.unauthorized() for a caller without an I18nResolver",
            "DailyFollowUpJobRunner.java: \"Another run of the coaching follow-up job",
            "the job's answer to the host's scheduler, shown on Confluence's Scheduled Jobs page; a job has no reader",
            "StorageFormat.java: \"A task list",
            "names the argument in a programming error (IllegalArgumentException built by requireNotEmpty)",
            "CycleRecordPage.java: \"A Cycle Record with a post-conference date has no",
            "the message of an IllegalStateException built on the next line: a stored record without its milestone");

    @Test
    public void adapterSources_shouldHoldNoSentenceOutsideTheBundles() {
        // Given
        List<String> found = new ArrayList<>();

        // When
        for (Path source : sources()) {
            List<String> lines = read(source);
            for (String line : lines) {
                if (NOT_FOR_READERS.matcher(line).find()) {
                    continue;
                }
                Matcher literal = SENTENCE.matcher(line);
                while (literal.find()) {
                    String entry = source.getFileName() + ": " + literal.group();
                    if (ALLOWED.keySet().stream().noneMatch(entry::startsWith)) {
                        found.add(entry);
                    }
                }
            }
        }

        // Then
        assertTrue("The scan read no adapter source; its paths are wrong", !sources().isEmpty());
        assertEquals("Sentences in adapter code; put them in i18n/coaching.properties and coaching_es.properties",
                List.of(), found);
    }

    @Test
    public void scan_shouldCatchASentenceInAnswerCode() {
        // Given
        String line = "            return RestResponses.badRequest(\"field\", \"The value is wrong.\");";

        // Then
        assertTrue(SENTENCE.matcher(line).find() && !NOT_FOR_READERS.matcher(line).find());
    }

    private static List<Path> sources() {
        List<Path> sources = new ArrayList<>();
        for (Path root : ADAPTERS) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    private static List<String> read(Path source) {
        try {
            return Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
