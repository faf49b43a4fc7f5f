package org.coachingconversations.testing.soy;

import org.coachingconversations.testing.i18n.I18nBundle;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SoyTemplatesTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Path templates;
    private I18nBundle bundle;

    @Before
    public void writeBundle() throws IOException {
        templates = folder.newFolder("resources").toPath();
        Path i18n = folder.newFolder("i18n").toPath();
        Files.writeString(i18n.resolve("test.properties"), String.join("\n",
                "test.greeting=Hello, {0}! You have {1} open action steps.",
                "test.quote=The teacher''s goal",
                "test.markup=Fish & <chips>"), StandardCharsets.UTF_8);
        bundle = I18nBundle.fromDirectory(i18n);
    }

    @Test
    public void render_shouldHtmlEscapePrintedParameters() throws IOException {
        // Given
        soyFile("page.soy", "{namespace Test}",
                "/**",
                " * @param name",
                " */",
                "{template .page}",
                "<input value=\"{$name}\"><p>{$name}</p>",
                "{/template}");
        SoyTemplates target = SoyTemplates.compile(templates, bundle);

        // When
        String html = target.render("Test.page", Map.of("name", "\"><script>alert(1)</script>"));

        // Then
        assertEquals("<input value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">"
                + "<p>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>", html);
    }

    @Test
    public void render_shouldResolveGetTextFromTheDefaultBundleWithArguments() throws IOException {
        // Given
        soyFile("page.soy", "{namespace Test}",
                "/**",
                " * @param name",
                " * @param count",
                " */",
                "{template .page}",
                "{getText('test.greeting', $name, $count)}|{getText('test.quote')}|{getText('test.markup')}",
                "{/template}");
        SoyTemplates target = SoyTemplates.compile(templates, bundle);

        // When
        String html = target.render("Test.page", Map.of("name", "Ana <b>", "count", 3));

        // Then
        assertEquals("Hello, Ana &lt;b&gt;! You have 3 open action steps.|The teacher&#39;s goal|Fish &amp; &lt;chips&gt;",
                html);
    }

    @Test
    public void compile_shouldFailNamingKeyFileAndLine_whenATemplateUsesAMissingI18nKey() throws IOException {
        // Given
        soyFile("page.soy", "{namespace Test}",
                "/** A page. */",
                "{template .page}",
                "{getText('test.no-such-key')}",
                "{/template}");

        // When
        SoyTemplates.SoyCompilationException failure = assertThrows(SoyTemplates.SoyCompilationException.class,
                () -> SoyTemplates.compile(templates, bundle));

        // Then
        assertThat(failure.getMessage(), containsString("Missing i18n key 'test.no-such-key'"));
        assertThat(failure.getMessage(), containsString("page.soy:4"));
    }

    @Test
    public void compile_shouldFail_whenTheI18nKeyIsNotAStringLiteral() throws IOException {
        // Given
        soyFile("page.soy", "{namespace Test}",
                "/**",
                " * @param key",
                " */",
                "{template .page}",
                "{getText($key)}",
                "{/template}");

        // When
        SoyTemplates.SoyCompilationException failure = assertThrows(SoyTemplates.SoyCompilationException.class,
                () -> SoyTemplates.compile(templates, bundle));

        // Then
        assertThat(failure.getMessage(), containsString("string literal"));
    }

    @Test
    public void compile_shouldNameFileAndLine_whenATemplateHasASyntaxError() throws IOException {
        // Given
        soyFile("feature/broken.soy", "{namespace Test}",
                "/**",
                " * @param name",
                " */",
                "{template .page}",
                "<p>{$name}</p>",
                "<p>{/if}</p>",
                "{/template}");

        // When
        SoyTemplates.SoyCompilationException failure = assertThrows(SoyTemplates.SoyCompilationException.class,
                () -> SoyTemplates.compile(templates, bundle));

        // Then
        assertThat(failure.getMessage(), containsString("feature/broken.soy"));
        assertThat(failure.getMessage(), containsString("line 7"));
    }

    @Test
    public void compile_shouldFail_whenATemplateTurnsAutoescapeOff() throws IOException {
        // Given
        soyFile("unsafe.soy", "{namespace Test}",
                "/**",
                " * @param name",
                " */",
                "{template .page autoescape=\"false\"}",
                "<p>{$name}</p>",
                "{/template}");

        // When
        SoyTemplates.SoyCompilationException failure = assertThrows(SoyTemplates.SoyCompilationException.class,
                () -> SoyTemplates.compile(templates, bundle));

        // Then
        assertThat(failure.getMessage(), containsString("unsafe.soy"));
        assertThat(failure.getMessage(), containsString("autoescape=\"false\""));
    }

    @Test
    public void compile_shouldFail_whenATemplatePrintsWithNoAutoescape() throws IOException {
        // Given
        soyFile("unsafe.soy", "{namespace Test}",
                "/**",
                " * @param name",
                " */",
                "{template .page autoescape=\"deprecated-noncontextual\"}",
                "<p>{$name |noAutoescape}</p>",
                "{/template}");

        // When
        SoyTemplates.SoyCompilationException failure = assertThrows(SoyTemplates.SoyCompilationException.class,
                () -> SoyTemplates.compile(templates, bundle));

        // Then
        assertThat(failure.getMessage(), containsString("unsafe.soy:6"));
        assertThat(failure.getMessage(), containsString("noAutoescape"));
    }

    @Test
    public void compile_shouldFail_whenATemplateCallsATemplateThatDoesNotExist() throws IOException {
        // Given
        soyFile("caller.soy", "{namespace Test}",
                "/** Calls a misspelt template. */",
                "{template .page}",
                "<div>{call Test.Callee.prat /}</div>",
                "{/template}");

        // When
        SoyTemplates.SoyCompilationException failure = assertThrows(SoyTemplates.SoyCompilationException.class,
                () -> SoyTemplates.compile(templates, bundle));

        // Then
        assertThat(failure.getMessage(), containsString("caller.soy"));
        assertThat(failure.getMessage(), containsString("Test.Callee.prat"));
    }

    @Test
    public void compile_shouldCompileTemplatesOfDifferentFilesTogether() throws IOException {
        // Given
        soyFile("a/caller.soy", "{namespace Test.Caller}",
                "/** Calls a template of another file. */",
                "{template .page}",
                "<div>{call Test.Callee.part}{param label: getText('test.quote') /}{/call}</div>",
                "{/template}");
        soyFile("b/callee.soy", "{namespace Test.Callee}",
                "/**",
                " * @param label",
                " */",
                "{template .part}",
                "<span>{$label}</span>",
                "{/template}");
        SoyTemplates target = SoyTemplates.compile(templates, bundle);

        // When
        String html = target.render("Test.Caller.page", Map.of());

        // Then
        assertEquals("<div><span>The teacher&#39;s goal</span></div>", html);
    }

    @Test
    public void javaScript_shouldResolveGetTextAtCompileTimeAndFormatArgumentsInTheBrowser() throws IOException {
        // Given
        soyFile("page.soy", "{namespace Test}",
                "/**",
                " * @param name",
                " */",
                "{template .page}",
                "{getText('test.quote')}|{getText('test.greeting', $name, 2)}",
                "{/template}");

        // When
        String javaScript = SoyTemplates.compile(templates, bundle).javaScript().get(0);

        // Then
        assertThat(javaScript, containsString("'The teacher\\'s goal'"));
        assertThat(javaScript, containsString(
                "AJS.format('Hello, {0}! You have {1} open action steps.',opt_data.name,2)"));
    }

    private void soyFile(String relativePath, String... lines) throws IOException {
        Path file = templates.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
