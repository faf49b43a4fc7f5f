package org.coachingconversations.descriptor;

import org.coachingconversations.platform.PluginKey;
import org.coachingconversations.testing.descriptor.PluginDescriptor;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.coachingconversations.testing.soy.SoyTemplates;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

/**
 * What Confluence would only find at install or render time, found at build time: classes, resources, i18n keys and
 * the Velocity allowlist named by atlassian-plugin.xml.
 */
public class PluginDescriptorTest {

    private static final Path RESOURCES = Paths.get("src/main/resources");
    private static final Path MAIN_JAVA = Paths.get("src/main/java");

    /**
     * The type the host requires of a module's class, by module element, or by {@code parent/element} where the
     * parent decides: a content template's context provider must be a blueprint context provider (the create-content
     * plugin warns otherwise and gives it no BlueprintContext).
     */
    private static final Map<String, String> REQUIRED_TYPE = Map.of(
            "xhtml-macro", "com.atlassian.confluence.macro.Macro",
            "context-provider", "com.atlassian.plugin.web.ContextProvider",
            "content-template/context-provider",
            "com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider",
            "entity", "net.java.ao.RawEntity",
            "upgradeTask", "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask",
            "job", "com.atlassian.scheduler.JobRunner",
            "condition", "com.atlassian.plugin.web.Condition");

    private static final Set<String> I18N_KEY_ATTRIBUTES = Set.of("i18n-name-key", "i18n-key", "name-key", "description-key",
            "i18n-index-title-key", "title-key", "description-header-key", "description-content-key");
    private static final Set<String> I18N_KEY_ELEMENTS = Set.of("description", "label", "tooltip", "title", "name");
    private static final Pattern TEMPLATE_GETTEXT = Pattern.compile("getText\\(\\s*[\"']([A-Za-z0-9_.\\-]+)[\"']");
    private static final Pattern CONTENT_TEMPLATE_I18N = Pattern.compile("at:key=\"([A-Za-z0-9_.\\-]+)\"");
    private static final Pattern JAVA_KEY_LITERAL = Pattern.compile("\"(coaching\\.[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)+)\"");
    private static final Pattern VELOCITY_MEMBER = Pattern.compile("\\$!?\\{?[A-Za-z_][A-Za-z0-9_]*((?:\\.[A-Za-z_][A-Za-z0-9_]*)+)");
    /** Methods of the host's own template objects ($action's getText, $webResourceManager), not the plugin's. */
    private static final Set<String> HOST_TEMPLATE_METHODS = Set.of("getText", "requireResourcesForContext");

    private static PluginDescriptor descriptor;
    private static BundleI18nResolver i18n;

    @BeforeClass
    public static void load() {
        descriptor = PluginDescriptor.load();
        i18n = BundleI18nResolver.fromDescriptor();
    }

    @Test
    public void descriptor_shouldBeFilteredWithThePluginKey() {
        assertEquals(PluginKey.KEY, descriptor.pluginKey());
        List<String> unfiltered = descriptor.allElements().stream()
                .flatMap(PluginDescriptorTest::attributeValues)
                .filter(value -> value.contains("${"))
                .collect(Collectors.toList());
        assertEquals("Unfiltered placeholders", List.of(), unfiltered);
    }

    @Test
    public void moduleKeys_shouldBeUnique() {
        List<String> keys = descriptor.allElements().stream()
                .filter(e -> e.getParentNode() == descriptor.root() && e.hasAttribute("key"))
                .map(e -> e.getAttribute("key"))
                .collect(Collectors.toList());
        assertEquals("Duplicate module keys", keys.size(), new HashSet<>(keys).size());
    }

    @Test
    public void everyNamedClass_shouldExistAndHaveTheTypeTheHostRequires() {
        List<String> problems = new ArrayList<>();
        for (Element element : descriptor.allElements()) {
            String className = element.hasAttribute("class") ? element.getAttribute("class")
                    : isClassBodyElement(element) ? element.getTextContent().trim() : null;
            if (className == null || className.isEmpty()) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(className, false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                problems.add(element.getTagName() + ": no class " + className);
                continue;
            }
            String parent = element.getParentNode() instanceof Element parentElement ? parentElement.getTagName() : "";
            String required = REQUIRED_TYPE.getOrDefault(parent + "/" + element.getTagName(),
                    REQUIRED_TYPE.get(element.getTagName()));
            if (required != null && !isA(type, required)) {
                problems.add(element.getTagName() + ": " + className + " is not a " + required);
            }
            if (Modifier.isAbstract(type.getModifiers()) && !type.isInterface() || !Modifier.isPublic(type.getModifiers())) {
                if (!"entity".equals(element.getTagName())) {
                    problems.add(element.getTagName() + ": " + className + " cannot be instantiated by the host");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void everyResourceLocation_shouldExist() {
        List<String> missing = new ArrayList<>();
        for (Element resource : descriptor.elements("resource")) {
            String location = resource.getAttribute("location");
            if ("i18n".equals(resource.getAttribute("type"))) {
                location = resource.getAttribute("location") + ".properties";
            }
            if (!Files.exists(RESOURCES.resolve(location))) {
                missing.add(resource.getAttribute("type") + " " + location);
            }
        }
        for (Element param : descriptor.elements("param")) {
            String name = param.getAttribute("name");
            if (name.equals("plugin-icon") || name.equals("plugin-logo")) {
                if (!Files.exists(RESOURCES.resolve(param.getTextContent().trim()))) {
                    missing.add(name + " " + param.getTextContent().trim());
                }
            }
        }
        for (Element element : descriptor.allElements()) {
            String icon = element.getAttribute("icon");
            if (!icon.isEmpty() && !Files.exists(downloadResourceFile(icon))) {
                missing.add(element.getTagName() + " icon " + icon);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void everyI18nKeyTheDescriptorNeeds_shouldBeInTheBundles() {
        Set<String> needed = new TreeSet<>();
        for (Element element : descriptor.allElements()) {
            for (String attribute : I18N_KEY_ATTRIBUTES) {
                if (element.hasAttribute(attribute)) {
                    needed.add(element.getAttribute(attribute));
                }
            }
            if (I18N_KEY_ELEMENTS.contains(element.getTagName()) && element.hasAttribute("key")) {
                needed.add(element.getAttribute("key"));
            }
        }
        // The macro browser looks these up by convention: <plugin key>.<macro name>.label / .desc / .param.<name>.*
        for (Element macro : descriptor.elements("xhtml-macro")) {
            String prefix = descriptor.pluginKey() + "." + macro.getAttribute("name");
            needed.add(prefix + ".label");
            needed.add(prefix + ".desc");
            for (Element parameters : PluginDescriptor.children(macro, "parameters")) {
                for (Element parameter : PluginDescriptor.children(parameters, "parameter")) {
                    needed.add(prefix + ".param." + parameter.getAttribute("name") + ".label");
                    needed.add(prefix + ".param." + parameter.getAttribute("name") + ".desc");
                }
            }
        }
        assertEquals("Missing i18n keys", List.of(), missing(needed));
    }

    @Test
    public void everyI18nKeyInTemplatesAndCode_shouldBeInTheBundles() {
        Set<String> needed = new TreeSet<>();
        for (Path template : files(RESOURCES, ".vm", ".soy", ".js")) {
            collect(TEMPLATE_GETTEXT, read(template), needed);
        }
        for (Path contentTemplate : files(RESOURCES.resolve("blueprint"), ".xml")) {
            collect(CONTENT_TEMPLATE_I18N, read(contentTemplate), needed);
        }
        for (Path source : files(MAIN_JAVA, ".java")) {
            collect(JAVA_KEY_LITERAL, read(source), needed);
        }
        assertFalse("The scan found no keys at all; the patterns are broken", needed.isEmpty());
        assertEquals("Missing i18n keys", List.of(), missing(needed));
    }

    @Test
    public void everyBlueprint_shouldBeWiredToItsCreateDialogItemTemplateAndWizard() {
        List<String> problems = new ArrayList<>();
        Set<String> blueprintKeys = moduleKeys("blueprint");
        Set<String> contentTemplateKeys = moduleKeys("content-template");
        Set<String> soyTemplates = SoyTemplates.mainResources().files().stream()
                .flatMap(file -> soyTemplateNames(read(file)).stream()).collect(Collectors.toSet());
        for (Element item : descriptor.elements("web-item")) {
            if (!"system.create.dialog/content".equals(item.getAttribute("section"))) {
                continue;
            }
            String blueprintKey = PluginDescriptor.children(item, "param").stream()
                    .filter(param -> "blueprintKey".equals(param.getAttribute("name")))
                    .map(param -> param.getAttribute("value")).findFirst().orElse("");
            if (!blueprintKeys.contains(blueprintKey)) {
                problems.add("web-item " + item.getAttribute("key") + ": no blueprint module " + blueprintKey);
            }
            boolean hasIcon = PluginDescriptor.children(item, "resource").stream()
                    .anyMatch(resource -> "icon".equals(resource.getAttribute("name")));
            if (!hasIcon) {
                problems.add("web-item " + item.getAttribute("key") + ": no icon resource");
            }
        }
        for (Element blueprint : descriptor.elements("blueprint")) {
            String key = blueprint.getAttribute("key");
            if (!contentTemplateKeys.contains(blueprint.getAttribute("content-template-key"))) {
                problems.add("blueprint " + key + ": no content-template " + blueprint.getAttribute("content-template-key"));
            }
            if (blueprint.getAttribute("index-key").isBlank()) {
                problems.add("blueprint " + key + ": no index-key (the label of its pages)");
            }
            for (Element page : descriptor.elements("dialog-page")) {
                if (!soyTemplates.contains(page.getAttribute("template-key"))) {
                    problems.add("dialog-page " + page.getAttribute("id") + ": no Soy template " + page.getAttribute("template-key"));
                }
            }
        }
        assertFalse("No blueprint found; the test would prove nothing", descriptor.elements("blueprint").isEmpty());
        assertEquals(List.of(), problems);
    }

    private static Set<String> moduleKeys(String element) {
        return descriptor.elements(element).stream().map(e -> e.getAttribute("key")).collect(Collectors.toSet());
    }

    /** Full names of the templates a Soy file defines: namespace + template name. */
    private static List<String> soyTemplateNames(String soy) {
        Matcher namespace = Pattern.compile("\\{namespace\\s+([A-Za-z0-9_.]+)").matcher(soy);
        if (!namespace.find()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Matcher template = Pattern.compile("\\{template\\s+(\\.[A-Za-z0-9_]+)").matcher(soy);
        while (template.find()) {
            names.add(namespace.group(1) + template.group(1));
        }
        return names;
    }

    @Test
    public void everyAllowlistEntry_shouldNameAPublicMethodOfThePlugin() {
        List<String> problems = new ArrayList<>();
        for (String entry : descriptor.allowlistedMethods()) {
            if (!entry.startsWith("org.coachingconversations.")) {
                problems.add(entry + ": plugins may allowlist only their own classes");
                continue;
            }
            if (findMethod(entry) == null) {
                problems.add(entry + ": no such public method");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void everyMemberATemplateCalls_shouldBeAllowlisted() {
        Set<String> allowlistedNames = descriptor.allowlistedMethods().stream()
                .map(entry -> entry.substring(entry.indexOf('#') + 1, entry.indexOf('(')))
                .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (Path template : files(RESOURCES, ".vm")) {
            for (String line : read(template).split("\n")) {
                if (line.trim().startsWith("##")) {
                    continue;
                }
                Matcher matcher = VELOCITY_MEMBER.matcher(line);
                while (matcher.find()) {
                    for (String member : matcher.group(1).substring(1).split("\\.")) {
                        if (!isAllowlistedName(member, allowlistedNames)) {
                            problems.add(template + ": ." + member);
                        }
                    }
                }
            }
        }
        assertEquals("Template members with no allowlist entry", List.of(), problems);
    }

    private static boolean isAllowlistedName(String member, Set<String> allowlistedNames) {
        if (HOST_TEMPLATE_METHODS.contains(member) || allowlistedNames.contains(member)) {
            return true;
        }
        String capitalized = Character.toUpperCase(member.charAt(0)) + member.substring(1);
        return allowlistedNames.contains("get" + capitalized) || allowlistedNames.contains("is" + capitalized);
    }

    private Method findMethod(String entry) {
        String className = entry.substring(0, entry.indexOf('#'));
        String name = entry.substring(entry.indexOf('#') + 1, entry.indexOf('('));
        String parameters = entry.substring(entry.indexOf('(') + 1, entry.indexOf(')'));
        try {
            Class<?> type = Class.forName(className, false, getClass().getClassLoader());
            return Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(name))
                    .filter(m -> Arrays.stream(m.getParameterTypes()).map(Class::getName)
                            .collect(Collectors.joining(",")).equals(parameters.replace(" ", "")))
                    .findFirst().orElse(null);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private Path downloadResourceFile(String url) {
        String prefix = "/download/resources/" + descriptor.pluginKey() + "/";
        if (!url.startsWith(prefix)) {
            return Paths.get("/nonexistent" + url);
        }
        String path = url.substring(prefix.length());
        for (Element resource : descriptor.elements("resource")) {
            String name = resource.getAttribute("name");
            if ("download".equals(resource.getAttribute("type")) && path.startsWith(name)) {
                return RESOURCES.resolve(resource.getAttribute("location") + path.substring(name.length()));
            }
        }
        return Paths.get("/nonexistent" + url);
    }

    private static boolean isClassBodyElement(Element element) {
        return Set.of("entity", "upgradeTask").contains(element.getTagName());
    }

    private static boolean isA(Class<?> type, String requiredName) {
        for (Class<?> t = type; t != null; t = t.getSuperclass()) {
            if (t.getName().equals(requiredName)) {
                return true;
            }
            for (Class<?> i : allInterfaces(t)) {
                if (i.getName().equals(requiredName)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<Class<?>> allInterfaces(Class<?> type) {
        Set<Class<?>> result = new LinkedHashSet<>();
        for (Class<?> i : type.getInterfaces()) {
            result.add(i);
            result.addAll(allInterfaces(i));
        }
        return result;
    }

    private static List<String> missing(Set<String> keys) {
        return keys.stream().filter(key -> !i18n.hasKey(key)).collect(Collectors.toList());
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Stream<String> attributeValues(Element element) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            values.add(element.getAttributes().item(i).getNodeValue());
        }
        if (element.getChildNodes().getLength() == 1 && element.getFirstChild().getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
            values.add(element.getTextContent());
        }
        return values.stream();
    }

    private static List<Path> files(Path root, String... suffixes) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Arrays.stream(suffixes).anyMatch(s -> p.toString().endsWith(s)))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
