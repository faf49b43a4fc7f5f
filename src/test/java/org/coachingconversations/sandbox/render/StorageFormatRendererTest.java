package org.coachingconversations.sandbox.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

public class StorageFormatRendererTest {

    private static final RenderRequest REQUEST = new RenderRequest("LINCOLN", 42, "ana.ruiz");

    private final Map<String, Macro> macros = new HashMap<>();
    private final Map<String, String> visiblePages = new HashMap<>();
    private StorageFormatRenderer target;

    @Before
    public void setUp() {
        visiblePages.put("LINCOLN/Staff meeting", "/confluence/pages/viewpage.action?pageId=7");
        target = new StorageFormatRenderer(new StorageFormatRenderer.Host() {
            @Override
            public Optional<Macro> pluginMacro(String name) {
                return Optional.ofNullable(macros.get(name));
            }

            @Override
            public Optional<String> pageUrl(String spaceKey, String title, String viewer) {
                return Optional.ofNullable(visiblePages.get(spaceKey + "/" + title));
            }

            @Override
            public Optional<String> userFullName(String username) {
                return Map.of("maria.lopez", "Maria Lopez", "ana.ruiz", "Ana Ruiz").entrySet().stream()
                        .filter(e -> e.getKey().equals(username)).map(Map.Entry::getValue).findFirst();
            }

            @Override
            public Optional<String> usernameOfKey(String userKey) {
                return userKey.equals("8a7f00d1c9e2b3a4f5e6d7c8b9a01234") ? Optional.of("maria.lopez") : Optional.empty();
            }
        });
    }

    @Test
    public void render_shouldEscapeMarkupWrittenAsText() {
        // When
        String html = target.render("<p>5 &lt; 6 &amp; &lt;b&gt;bold&lt;/b&gt; \"quoted\"</p>", REQUEST);

        // Then
        assertEquals("<p>5 &lt; 6 &amp; &lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot;</p>", html);
    }

    @Test
    public void render_shouldDropScriptsEventHandlersAndUnsafeLinks() {
        // When
        String html = target.render("<p onclick=\"steal()\" style=\"x\">Hi<script>alert(1)</script>"
                + "<a href=\"javascript:alert(2)\">a</a><a href=\" JavaScript:alert(3)\">b</a>"
                + "<a href=\"https://example.org/x?a=1&amp;b=2\">c</a><iframe src=\"https://evil\">d</iframe></p>", REQUEST);

        // Then
        assertEquals("<p>Hi<a>a</a><a>b</a><a href=\"https://example.org/x?a=1&amp;b=2\" rel=\"nofollow noopener\">c</a></p>",
                html);
    }

    @Test
    public void render_shouldKeepHtmlEntitiesThatXmlDoesNotKnow() {
        // When
        String html = target.render("<p>a&nbsp;b &mdash; c&hellip;</p>", REQUEST);

        // Then
        assertEquals("<p>a\u00A0b \u2014 c\u2026</p>", html);
    }

    @Test
    public void render_shouldShowAnErrorBox_whenTheBodyIsNotWellFormed() {
        // When
        Document page = Jsoup.parse(target.render("<p>Open\n<p>never closed</p>", REQUEST));

        // Then
        assertThat(page.selectFirst(".aui-message-error").text(), containsString("not well-formed XML (line 2"));
    }

    @Test
    public void render_shouldRunAPluginMacroWithItsParametersAndContext() {
        // Given
        Map<String, String> seen = new HashMap<>();
        macros.put("echo", new FakeMacro(Macro.BodyType.NONE) {
            @Override
            public String execute(Map<String, String> parameters, String body, ConversionContext context) {
                seen.putAll(parameters);
                SandboxConversionContext sandboxContext = (SandboxConversionContext) context;
                return "<div class=\"echo\">" + sandboxContext.getSpaceKey() + "/" + sandboxContext.getPageId() + "</div>";
            }
        });

        // When
        String html = target.render("<ac:structured-macro ac:name=\"echo\"><ac:parameter ac:name=\"quality\">"
                + "non-defensive</ac:parameter><ac:parameter ac:name=\"owner\"><ri:user ri:username=\"ana.ruiz\"/>"
                + "</ac:parameter></ac:structured-macro>", REQUEST);

        // Then
        assertEquals("<div class=\"echo\">LINCOLN/42</div>", html);
        assertEquals(Map.of("quality", "non-defensive", "owner", "ana.ruiz"), seen);
    }

    @Test
    public void render_shouldHandAMacroItsRichTextBodyRendered() {
        // Given
        macros.put("wrap", new FakeMacro(Macro.BodyType.RICH_TEXT) {
            @Override
            public String execute(Map<String, String> parameters, String body, ConversionContext context) {
                return "<section>" + body + "</section>";
            }
        });

        // When
        String html = target.render("<ac:structured-macro ac:name=\"wrap\"><ac:rich-text-body><p>a &lt;b&gt;</p>"
                + "</ac:rich-text-body></ac:structured-macro>", REQUEST);

        // Then
        assertEquals("<section><p>a &lt;b&gt;</p></section>", html);
    }

    @Test
    public void render_shouldShowAnErrorBoxWithoutStackTrace_whenAMacroFails() {
        // Given
        macros.put("broken", new FakeMacro(Macro.BodyType.NONE) {
            @Override
            public String execute(Map<String, String> parameters, String body, ConversionContext context)
                    throws MacroExecutionException {
                throw new MacroExecutionException("The <quality> parameter is wrong");
            }
        });

        // When
        String html = target.render("<ac:structured-macro ac:name=\"broken\"/>", REQUEST);

        // Then
        Document page = Jsoup.parse(html);
        assertEquals("Error rendering macro 'broken'", page.selectFirst(".aui-message-error .title").text());
        assertThat(html, containsString("The &lt;quality&gt; parameter is wrong"));
        assertThat(html, not(containsString("at org.")));
    }

    @Test
    public void render_shouldNameAnUnknownMacro() {
        // When
        String html = target.render("<ac:structured-macro ac:name=\"jira&lt;x&gt;\"/>", REQUEST);

        // Then
        assertEquals("<div class=\"sandbox-unknown-macro\">Macro <strong>jira&lt;x&gt;</strong> is not available in"
                + " the sandbox</div>", html);
    }

    @Test
    public void render_shouldShowTasksMentionsDatesAndPanels() {
        // When
        Document page = Jsoup.parse(target.render("<ac:task-list><ac:task><ac:task-id>1</ac:task-id>"
                + "<ac:task-status>complete</ac:task-status><ac:task-body><ac:link><ri:user ri:username=\"maria.lopez\"/>"
                + "</ac:link> brings data by <time datetime=\"2025-09-22\"/></ac:task-body></ac:task></ac:task-list>"
                + "<ac:structured-macro ac:name=\"warning\"><ac:parameter ac:name=\"title\">Careful</ac:parameter>"
                + "<ac:rich-text-body><p>Private</p></ac:rich-text-body></ac:structured-macro>"
                + "<p><ac:placeholder>Type the focus here</ac:placeholder></p>", REQUEST));

        // Then
        assertEquals("Maria Lopez brings data by 22 Sep 2025", page.selectFirst(".sandbox-task-list li.checked").text());
        assertEquals("Careful Private", page.selectFirst(".sandbox-panel-warning").text());
        assertThat(page.text(), not(containsString("Type the focus here")));
    }

    @Test
    public void render_shouldNameTheMentionedUser_whenTheMentionHoldsTheUserKey() {
        // When
        Document page = Jsoup.parse(target.render("<p><ac:link><ri:user ri:userkey=\"8a7f00d1c9e2b3a4f5e6d7c8b9a01234\"/>"
                + "</ac:link> and <ac:link><ri:user ri:userkey=\"ffffffffffffffffffffffffffffffff\"/></ac:link></p>",
                REQUEST));

        // Then
        assertEquals(List.of("Maria Lopez", "Unknown user (ffffffffffffffffffffffffffffffff)"),
                page.select(".user-mention").eachText());
    }

    @Test
    public void render_shouldLinkOnlyToPagesTheViewerMaySee() {
        // When
        Document page = Jsoup.parse(target.render("<p><ac:link><ri:page ri:content-title=\"Staff meeting\"/></ac:link>"
                + " <ac:link><ri:page ri:content-title=\"Hidden notes\"/><ac:plain-text-link-body>notes"
                + "</ac:plain-text-link-body></ac:link></p>", REQUEST));

        // Then
        assertEquals(List.of("/confluence/pages/viewpage.action?pageId=7"), page.select("a").eachAttr("href"));
        assertEquals("notes", page.selectFirst(".sandbox-unresolved-link").text());
    }

    @Test
    public void render_shouldLayOutSectionsInColumns() {
        // When
        Document page = Jsoup.parse(target.render("<ac:layout><ac:layout-section ac:type=\"two_equal\">"
                + "<ac:layout-cell><p>Left</p></ac:layout-cell><ac:layout-cell><p>Right</p></ac:layout-cell>"
                + "</ac:layout-section></ac:layout>", REQUEST));

        // Then
        assertEquals(List.of("Left", "Right"), page.select(".sandbox-layout-two_equal > .sandbox-layout-cell").eachText());
    }

    private abstract static class FakeMacro implements Macro {
        private final BodyType bodyType;

        FakeMacro(BodyType bodyType) {
            this.bodyType = bodyType;
        }

        @Override
        public BodyType getBodyType() {
            return bodyType;
        }

        @Override
        public OutputType getOutputType() {
            return OutputType.BLOCK;
        }
    }
}
