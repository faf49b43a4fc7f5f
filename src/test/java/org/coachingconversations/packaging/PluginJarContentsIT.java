package org.coachingconversations.packaging;

import org.junit.BeforeClass;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/** The jar the default build packages: the descriptor at its root, our classes, and not one stand-in class. */
public class PluginJarContentsIT {

    private static final Path STANDINS = Paths.get("src/atlassian-api/java");

    private static Set<String> entries;
    private static String descriptor;

    @BeforeClass
    public static void openJar() throws IOException {
        String jarPath = System.getProperty("coaching.plugin.jar");
        assertTrue("The packaged jar is missing: " + jarPath, jarPath != null && Files.exists(Paths.get(jarPath)));
        try (JarFile jar = new JarFile(jarPath)) {
            entries = Collections.list(jar.entries()).stream().map(JarEntry::getName).collect(Collectors.toSet());
            JarEntry descriptorEntry = jar.getJarEntry("atlassian-plugin.xml");
            assertTrue("atlassian-plugin.xml is not at the jar root", descriptorEntry != null);
            try (InputStream in = jar.getInputStream(descriptorEntry)) {
                descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    public void jar_shouldHoldNoClassFromTheStandInTree() throws IOException {
        // Given every type declared in the stand-in tree
        List<String> standInTypes;
        try (Stream<Path> files = Files.walk(STANDINS)) {
            standInTypes = files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> STANDINS.relativize(f).toString().replace('\\', '/').replace(".java", ""))
                    .collect(Collectors.toList());
        }
        assertFalse("The stand-in tree is empty; this test would prove nothing", standInTypes.isEmpty());

        // Then neither they nor their nested types are packaged
        List<String> packaged = entries.stream()
                .filter(entry -> standInTypes.stream().anyMatch(type ->
                        entry.equals(type + ".class") || entry.startsWith(type + "$")))
                .collect(Collectors.toList());
        assertEquals(List.of(), packaged);
        assertFalse("No com/atlassian class may be packaged",
                entries.stream().anyMatch(e -> e.startsWith("com/atlassian/") && e.endsWith(".class")));
    }

    @Test
    public void jar_shouldHoldTheFilteredDescriptorAtItsRoot() {
        assertThat(descriptor, containsString("key=\"org.coachingconversations.coaching-conversations\""));
        assertThat(descriptor, containsString("<version>0."));
        assertThat(descriptor, not(containsString("${")));
    }

    @Test
    public void jar_shouldHoldThePluginClassesTemplatesAndTranslations() {
        assertTrue(entries.contains("org/coachingconversations/confluence/macro/ConversationQualitiesMacro.class"));
        assertTrue(entries.contains("quality/conversation-qualities.vm"));
        assertTrue(entries.contains("i18n/coaching.properties"));
        assertTrue(entries.contains("META-INF/spring/plugin-context.xml"));
    }

    @Test
    public void jar_shouldHoldNoTestCode() {
        assertFalse(entries.stream().anyMatch(e -> e.startsWith("org/coachingconversations/testing/")));
    }

    @Test
    public void jar_shouldBundleNoLibraryTheHostProvides() {
        // slf4j and jakarta.annotation come from Confluence (Import-Package), never from the jar
        List<String> packaged = entries.stream()
                .filter(entry -> entry.startsWith("org/slf4j/") || entry.startsWith("jakarta/annotation/")
                        || entry.startsWith("META-INF/lib/") && entry.endsWith(".jar"))
                .collect(Collectors.toList());
        assertEquals(List.of(), packaged);
    }

    @Test
    public void jar_shouldHoldNoTestLibrary() {
        // ical4j reads the app's .ics files in the tests only; the app writes them itself (IcsCalendar)
        assertFalse(entries.stream().anyMatch(entry -> entry.startsWith("net/fortuna/")
                || entry.startsWith("META-INF/lib/ical4j")));
    }

    @Test
    public void jar_shouldHoldNothingOfTheSandboxHost() {
        // The sandbox (docs/sandbox.md) is a development tool: its classes, resources and libraries stay out
        List<String> sandboxParts = List.of("org/coachingconversations/sandbox/", "sandbox/", "org/eclipse/jetty/",
                "org/h2/", "jakarta/servlet/");
        List<String> packaged = entries.stream()
                .filter(entry -> sandboxParts.stream().anyMatch(entry::startsWith)
                        || entry.startsWith("META-INF/lib/") && entry.matches("META-INF/lib/(jetty|h2|jakarta\\.servlet).*"))
                .collect(Collectors.toList());
        assertEquals(List.of(), packaged);
    }
}
