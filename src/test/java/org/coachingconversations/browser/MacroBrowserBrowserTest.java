package org.coachingconversations.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coachingconversations.browser.pages.EditorPage;
import org.coachingconversations.browser.pages.MacroBrowserDialog;
import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.browser.pages.SandboxScreen;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.testing.descriptor.PluginDescriptor;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.w3c.dom.Element;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * A team inserts the app's macros into a meeting page through the sandbox editor's macro browser, without typing
 * storage format: every {@code xhtml-macro} of the descriptor is offered under its macro-browser label, its form has
 * one field per declared parameter of the declared kind, and what it inserts renders as that macro. The checks run
 * over the descriptor's macros, so a macro added to it is covered without a change here; a macro whose parameters
 * need particular values to be shown gets them in {@link #SAMPLE_VALUES}.
 */
public class MacroBrowserBrowserTest {

    private static final String PLUGIN_KEY = PluginDescriptor.load().pluginKey();
    private static final BundleI18nResolver I18N = BundleI18nResolver.fromDescriptor();
    /**
     * Values given to parameters, per macro (typed, or chosen for an enum); a required enum without one gets its first
     * value, any other parameter keeps what the form starts with.
     */
    private static final Map<String, Map<String, String>> SAMPLE_VALUES = Map.of(
            "coaching-action-steps", Map.of("teacher", "ana.ruiz"),
            "coaching-sps-results", Map.of("attachment", "fall.csv"));

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    private static List<Element> macros() {
        return PluginDescriptor.load().elements("xhtml-macro").stream()
                .filter(macro -> !"true".equals(macro.getAttribute("hidden"))).toList();
    }

    private static EditorPage newPageEditor(String title) {
        long id = BROWSER.sandbox().store().createPage(DemoSchool.SPACE_KEY, 0, title, "<p>Agenda</p>",
                DemoSchool.COACH);
        SandboxScreen.open(BROWSER, "/pages/editpage.action?pageId=" + id);
        return new EditorPage(BROWSER.driver());
    }

    @Test
    public void macroBrowser_shouldOfferEveryMacroOfTheDescriptor_underItsMacroBrowserLabel() {
        // Given
        EditorPage editor = newPageEditor("Macro list");

        // When
        MacroBrowserDialog browser = MacroBrowserDialog.open(editor, BROWSER.driver());

        // Then
        List<String> expected = macros().stream()
                .map(macro -> I18N.getText(PLUGIN_KEY + "." + macro.getAttribute("name") + ".label")).toList();
        assertEquals(expected, browser.macroLabels());
        assertTrue(browser.macroLabels().contains("SPS results"));
        assertTrue(browser.macroLabels().contains("Conversation qualities"));
    }

    @Test
    public void eachMacro_shouldHaveOneFieldPerDeclaredParameter_ofItsType_andRenderOnceInserted() {
        for (Element macro : macros()) {
            String name = macro.getAttribute("name");
            // Given
            EditorPage editor = newPageEditor("Meeting with " + name);
            MacroBrowserDialog browser = MacroBrowserDialog.open(editor, BROWSER.driver()).choose(name);
            List<String> labels = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            for (Element list : PluginDescriptor.children(macro, "parameters")) {
                for (Element parameter : PluginDescriptor.children(list, "parameter")) {
                    String parameterName = parameter.getAttribute("name");
                    labels.add(I18N.getText(PLUGIN_KEY + "." + name + ".param." + parameterName + ".label"));
                    String type = parameter.getAttribute("type");
                    kinds.add(type.equals("enum") ? "select" : type.equals("boolean") ? "checkbox" : "text");
                    String sample = SAMPLE_VALUES.getOrDefault(name, Map.of()).get(parameterName);
                    boolean required = "true".equals(parameter.getAttribute("required"));
                    if (type.equals("enum") && (sample != null || required)) {
                        browser.select(parameterName, sample != null ? sample : browser.options(parameterName).stream()
                                .filter(value -> !value.isEmpty()).findFirst().orElseThrow());
                    } else if (sample != null) {
                        browser.type(parameterName, sample);
                    }
                }
            }
            assertEquals(name, labels, browser.parameterLabels());
            assertEquals(name, kinds, browser.fieldKinds());

            // When
            PageView page = browser.insert().publish();

            // Then
            assertTrue(name, BROWSER.driver().findElements(By.cssSelector(".sandbox-unknown-macro")).isEmpty());
            assertTrue(name + ": " + page.bodyText(), BROWSER.driver().findElements(By.xpath(
                    "//*[contains(@class,'aui-message')]//*[starts-with(normalize-space(.), 'Error rendering macro')]"))
                    .isEmpty());
            assertThat(name, editorOf(page).body(),
                    containsString("<ac:structured-macro ac:name=\"" + name + "\" ac:schema-version=\"1\">"));
        }
    }

    @Test
    public void qualitiesMacro_shouldBeInsertedWithTheChosenQualityAndIntroduction_andShowThatQualityOnly() {
        // Given
        EditorPage editor = newPageEditor("Staff meeting, October");
        MacroBrowserDialog browser = MacroBrowserDialog.open(editor, BROWSER.driver())
                .choose("coaching-conversation-qualities");
        assertEquals("", browser.options("quality").get(0));

        // When
        EditorPage filled = browser.select("quality", "lead-to-action").check("showIntroduction", false).insert();

        // Then
        assertThat(filled.body(), containsString("<ac:structured-macro ac:name=\"coaching-conversation-qualities\""
                + " ac:schema-version=\"1\"><ac:parameter ac:name=\"quality\">lead-to-action</ac:parameter>"
                + "<ac:parameter ac:name=\"showIntroduction\">false</ac:parameter></ac:structured-macro>"));
        assertTrue(filled.body().startsWith("<p>Agenda</p>") || filled.body().endsWith("<p>Agenda</p>"));
        PageView page = filled.publish();
        assertEquals(List.of("lead-to-action"), page.qualityIds());
    }

    @Test
    public void spsResultsMacro_shouldBeInsertedWithTheAttachmentNameEscaped() {
        // Given
        EditorPage editor = newPageEditor("SPS results, fall");
        MacroBrowserDialog browser = MacroBrowserDialog.open(editor, BROWSER.driver()).choose("coaching-sps-results");

        // When
        EditorPage filled = browser.type("attachment", "fall & <spring> \"2026\".csv").insert();

        // Then
        assertThat(filled.body(), containsString("<ac:structured-macro ac:name=\"coaching-sps-results\""
                + " ac:schema-version=\"1\"><ac:parameter ac:name=\"attachment\">fall &amp; &lt;spring&gt;"
                + " &quot;2026&quot;.csv</ac:parameter></ac:structured-macro>"));
        PageView page = filled.publish();
        assertThat(page.bodyText(), containsString("This page has no attachment named \u201cfall & <spring> \"2026\".csv\u201d."));
    }

    /** The published page's editor, to read back the storage format it was saved with. */
    private static EditorPage editorOf(PageView page) {
        BROWSER.driver().findElement(By.linkText("Edit")).click();
        return new EditorPage(BROWSER.driver());
    }
}
