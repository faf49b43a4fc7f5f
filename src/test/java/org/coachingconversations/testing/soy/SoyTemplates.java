package org.coachingconversations.testing.soy;

import org.coachingconversations.testing.i18n.I18nBundle;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.util.Modules;
import com.google.template.soy.SoyFileSet;
import com.google.template.soy.SoyModule;
import com.google.template.soy.base.SoySyntaxException;
import com.google.template.soy.jssrc.SoyJsSrcOptions;
import com.google.template.soy.shared.restricted.SoyFunction;
import com.google.template.soy.soyparse.ErrorReporter;
import com.google.template.soy.soyparse.ErrorReporterImpl;
import com.google.template.soy.soytree.PrintDirectiveNode;
import com.google.template.soy.soytree.SoytreeUtils;
import com.google.template.soy.soytree.TemplateNode;
import com.google.template.soy.soytree.TemplateRegistry;
import com.google.template.soy.tofu.SoyTofu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compiles Soy templates the way Confluence uses them (Closure Templates of about 2014: SoyDoc parameters,
 * autoescape on, {@code getText} for i18n) and renders them to HTML for tests.
 * <p>
 * All {@code .soy} files under a root are compiled together, for the server (Tofu) and for the browser
 * (JavaScript, as Confluence's {@code soy} web-resource transformation does), so a template that only breaks
 * one of them still fails. Errors name the file and line. {@link #mainResources()} compiles the plugin's own
 * templates once per test JVM.
 */
public final class SoyTemplates {

    public static final Path MAIN_RESOURCES = Path.of("src", "main", "resources");

    private static final Pattern MISSING_KEY = Pattern.compile("Missing i18n key '([^']+)'");

    private static SoyTemplates mainResources;

    private final List<Path> files;
    private final SoyTofu tofu;
    private final List<String> javaScript;

    private SoyTemplates(List<Path> files, SoyTofu tofu, List<String> javaScript) {
        this.files = files;
        this.tofu = tofu;
        this.javaScript = javaScript;
    }

    /** The plugin's templates under {@code src/main/resources}, with its bundles under {@code i18n/}. */
    public static synchronized SoyTemplates mainResources() {
        if (mainResources == null) {
            mainResources = compile(MAIN_RESOURCES, I18nBundle.mainBundles());
        }
        return mainResources;
    }

    private static final Map<Locale, SoyTemplates> TRANSLATED = new java.util.HashMap<>();

    /** The plugin's templates with {@code getText} answering in {@code locale} (English where no translation). */
    public static synchronized SoyTemplates mainResources(Locale locale) {
        if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return mainResources();
        }
        return TRANSLATED.computeIfAbsent(locale,
                language -> compile(MAIN_RESOURCES, I18nBundle.mainBundles(language)));
    }

    /**
     * Compiles every {@code .soy} file under {@code root} as one file set.
     *
     * @throws SoyCompilationException listing every error Soy found, each with its file and line
     */
    public static SoyTemplates compile(Path root, I18nBundle bundle) {
        List<Path> files = soyFilesUnder(root);
        ErrorReporterImpl errors = new ErrorReporterImpl();
        SoyFileSet fileSet = newFileSet(files, bundle, errors);
        SoyTofu tofu = compileStep(files, errors, fileSet::compileToTofu);
        List<String> javaScript = compileStep(files, errors,
                () -> fileSet.compileToJsSrc(new SoyJsSrcOptions(), null));
        requireAutoescape(compileStep(files, errors, fileSet::generateTemplateRegistry));
        return new SoyTemplates(files, tofu, List.copyOf(javaScript));
    }

    /** The files compiled, relative to the working directory as given to {@link #compile}. */
    public List<Path> files() {
        return files;
    }

    /** The browser's version of each file, in the order of {@link #files()}, as the host would serve it. */
    public List<String> javaScript() {
        return javaScript;
    }

    /**
     * Renders a template, e.g. {@code render("Coaching.Blueprints.CoachingConversation.wizardPage", Map.of(...))}.
     * Values may be strings, numbers, booleans, lists and maps, as a wizard's JavaScript would pass them.
     */
    public String render(String templateName, Map<String, ?> parameters) {
        return tofu.newRenderer(templateName).setData(parameters).render();
    }

    /**
     * This Soy release reports most parse errors to an {@link ErrorReporter} and carries on with what it could
     * parse, so a broken template would silently disappear; every step therefore checks the collected errors.
     */
    private static <T> T compileStep(List<Path> files, ErrorReporterImpl errors, Supplier<T> step) {
        T result;
        try {
            result = step.get();
        } catch (SoySyntaxException e) {
            throw new SoyCompilationException(describe(files, errors.getErrors(), e), e);
        }
        if (!errors.getErrors().isEmpty()) {
            throw new SoyCompilationException(describe(files, errors.getErrors(), null),
                    errors.getErrors().iterator().next());
        }
        return result;
    }

    private static String describe(List<Path> files, Collection<? extends SoySyntaxException> reported,
                                   SoySyntaxException thrown) {
        Stream<SoySyntaxException> all = Stream.concat(reported.stream(), Stream.ofNullable(thrown));
        return "Soy templates do not compile:\n" + all.map(SoyTemplates::withoutParserSuggestions).distinct()
                .map(message -> message + whereTheMissingKeyIsUsed(files, message))
                .collect(Collectors.joining("\n"));
    }

    /** Soy reports a failing function call by template only; point at the lines that use the missing key. */
    private static String whereTheMissingKeyIsUsed(List<Path> files, String message) {
        Matcher missingKey = MISSING_KEY.matcher(message);
        if (!missingKey.find()) {
            return "";
        }
        String quotedKey = "'" + missingKey.group(1) + "'";
        List<String> uses = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = readLines(file);
            for (int index = 0; index < lines.size(); index++) {
                if (lines.get(index).contains(quotedKey)) {
                    uses.add(file + ":" + (index + 1));
                }
            }
        }
        return uses.isEmpty() ? "" : " (used at " + String.join(", ", uses) + ")";
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The parser appends every token it could have accepted; the first lines already say what and where. */
    private static String withoutParserSuggestions(SoySyntaxException error) {
        String message = error.getMessage();
        int suggestions = message.indexOf("\nWas expecting");
        return suggestions < 0 ? message : message.substring(0, suggestions);
    }

    private static SoyFileSet newFileSet(List<Path> files, I18nBundle bundle, ErrorReporterImpl errors) {
        Module functionsAndErrors = new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), SoyFunction.class).addBinding()
                        .toInstance(new GetTextFunction(bundle));
                bind(ErrorReporter.class).toInstance(errors);
            }
        };
        SoyFileSet.Builder builder = Guice.createInjector(Modules.override(new SoyModule()).with(functionsAndErrors))
                .getInstance(SoyFileSet.Builder.class);
        // A call to a template outside the set would only fail when rendered; make it a compile error.
        builder.setAllowExternalCalls(false);
        files.forEach(file -> builder.add(file.toFile()));
        return builder.build();
    }

    private static List<Path> soyFilesUnder(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("No template directory " + root.toAbsolutePath());
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".soy"))
                    .sorted()
                    .collect(Collectors.toUnmodifiableList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list Soy files under " + root, e);
        }
    }

    /**
     * Confluence renders wizard input into these templates, so nothing may print unescaped. Soy itself rejects
     * {@code autoescape="false"} and, in strict templates, {@code |noAutoescape}; this catches the directive in
     * templates that opt into the older non-contextual mode.
     */
    private static void requireAutoescape(TemplateRegistry registry) {
        // Only basic templates: the plugin has no {deltemplate}s, which the host would resolve across plugins.
        for (TemplateNode template : registry.getBasicTemplatesMap().values()) {
            for (PrintDirectiveNode directive : SoytreeUtils.getAllNodesOfType(template, PrintDirectiveNode.class)) {
                if (directive.getName().equals("|noAutoescape")) {
                    throw new SoyCompilationException(directive.getSourceLocation() + ": template "
                            + template.getTemplateName() + " prints without escaping (|noAutoescape)", null);
                }
            }
        }
    }

    /** A Soy file does not compile, or breaks a rule this project's templates keep. */
    public static final class SoyCompilationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SoyCompilationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
