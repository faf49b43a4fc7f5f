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

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.Assert.assertEquals;

/**
 * The layers of docs/architecture.md: the domain is plain Java; use cases depend on the domain only;
 * persistence, host adapters and platform never reach past each other; no package cycles.
 */
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
    public void application_shouldDependOnlyOnTheDomainAndTheJdk() {
        // Logging and the Spring Scanner's wiring annotations are the only other things a use case may name.
        classes().that().resideInAPackage(BASE + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        BASE + ".application..", BASE + ".domain..", "java..", "org.slf4j",
                        "org.springframework.stereotype", "org.springframework.beans.factory.annotation")
                .because("a use case runs on the domain and its ports; host input and output belong to adapters")
                .allowEmptyShould(true)
                .check(mainClasses);
    }

    @Test
    public void persistence_shouldNotDependOnAdaptersOrUseCases() {
        noClasses().that().resideInAPackage(BASE + ".persistence..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".confluence..", BASE + ".application..")
                .because("storage implements the domain's ports and knows nothing of who calls it")
                .check(mainClasses);
    }

    @Test
    public void confluenceAdapters_shouldNotDependOnPersistence() {
        noClasses().that().resideInAPackage(BASE + ".confluence..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".persistence..")
                .because("an adapter reaches storage only through the domain's ports")
                .check(mainClasses);
    }

    @Test
    public void platform_shouldNotDependOnPersistence() {
        noClasses().that().resideInAPackage(BASE + ".platform..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".persistence..")
                .because("platform wraps host services; storage is reached through the domain's ports")
                .check(mainClasses);
    }

    @Test
    public void topLevelPackages_shouldBeFreeOfCycles() {
        slices().matching(BASE + ".(*)..")
                .should().beFreeOfCycles()
                .check(mainClasses);
    }

    @Test
    public void domainPackages_shouldBeFreeOfCycles() {
        slices().matching(BASE + ".domain.(*)..")
                .should().beFreeOfCycles()
                .because("each domain package knows one thing and builds only on packages below it")
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
