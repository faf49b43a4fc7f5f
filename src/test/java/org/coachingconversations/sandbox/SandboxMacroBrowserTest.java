package org.coachingconversations.sandbox;

import java.util.List;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/** The editor's macro browser as served (the script is checked in the browser tests) and the Plugin modules page. */
public class SandboxMacroBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static SandboxClient client;

    @BeforeClass
    public static void startSandbox() throws Exception {
        client = SANDBOX.client();
    }

    @Test
    public void editor_shouldOfferTheMacroBrowser_withFieldsThatAreNeverPostedWithThePage() {
        // Given
        long page = client.createPage(DemoSchool.COACH, DemoSchool.SPACE_KEY, "Editor with macros", "<p>x</p>");

        // When
        Document editor = Jsoup.parse(client.get("/pages/editpage.action?pageId=" + page, DemoSchool.COACH).body());

        // Then
        assertThat(editor.select(".sandbox-macro-choice strong").eachText(), hasItem("SPS results"));
        Element sps = editor.selectFirst("fieldset.sandbox-macro-form[data-macro=coaching-sps-results]");
        assertEquals("Attachment", sps.selectFirst("label").text());
        assertEquals("text", sps.selectFirst("[data-parameter=attachment]").attr("type"));
        Element qualities = editor.selectFirst("fieldset.sandbox-macro-form[data-macro=coaching-conversation-qualities]");
        assertEquals("select", qualities.selectFirst("[data-parameter=quality]").tagName());
        assertEquals("checkbox", qualities.selectFirst("[data-parameter=showIntroduction]").attr("type"));
        assertTrue(qualities.selectFirst("[data-parameter=showIntroduction]").hasAttr("checked"));
        assertTrue("no field of the browser has a name", editor.select(".sandbox-macro-browser [name]").isEmpty());
        assertEquals(1, editor.select("script[src$=/sandbox/static/macro-browser.js]").size());
        assertEquals(200, client.get("/sandbox/static/macro-browser.js", DemoSchool.COACH).statusCode());
    }

    @Test
    public void pluginModulesPage_shouldNameModulesInWords_notByTheirI18nKeys() {
        // When
        Document modules = Jsoup.parse(client.get("/sandbox/plugin", DemoSchool.COACH).body());

        // Then
        List<String> names = modules.select("tbody tr td:nth-child(3)").eachText();
        for (String name : names) {
            assertThat(name, not(containsString("coaching.")));
        }
        assertThat(names, hasItem("SPS results (coaching-sps-results)"));
        assertThat(names, hasItem("SPS reflection"));
    }
}
