package org.coachingconversations.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.BeforeClass;
import org.junit.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.Assert.assertEquals;

/** The domain is plain Java: no host, persistence, web or Spring type may reach it. */
public class LayerDependencyTest {

    private static final String BASE = "org.coachingconversations";
    private static final Pattern HOST_IMPORT = Pattern.compile(
            "^\\s*import\\s+(static\\s+)?(com\\.atlassian|net\\.java\\.ao|jakarta|javax\\.ws|javax\\.inject|org\\.springframework)\\.");

    private static JavaClasses mainClasses;

    @BeforeClass
    public static void importClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    public void domain_shouldNotDependOnHostPersistenceOrSpringTypes() {
        noClasses().that().resideInAPackage(BASE + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.atlassian..", "net.java.ao..", "jakarta..", "javax.ws..", "javax.inject..",
                        "org.springframework..")
                .because("the domain must run and be tested without Confluence, Active Objects or Spring")
                .check(mainClasses);
    }

    @Test
    public void domain_shouldNotDependOnAdapters() {
        noClasses().that().resideInAPackage(BASE + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        BASE + ".persistence..", BASE + ".confluence..", BASE + ".platform..")
                .because("adapters depend on the domain, never the other way round")
                .check(mainClasses);
    }

    @Test
    public void domainSources_shouldNotImportHostTypes_evenWhenTheImportIsUnused() throws IOException {
        // An unused import leaves no trace in bytecode, so the sources are read as well.
        Path domain = Paths.get("src/main/java/org/coachingconversations/domain");
        List<String> offending;
        try (Stream<Path> files = Files.walk(domain)) {
            offending = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(LayerDependencyTest::hostImports)
                    .collect(Collectors.toList());
        }
        assertEquals("Host imports in the domain", List.of(), offending);
    }

    private static Stream<String> hostImports(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(line -> HOST_IMPORT.matcher(line).find()).map(line -> file + ": " + line.trim());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
