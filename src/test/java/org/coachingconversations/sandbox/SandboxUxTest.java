package org.coachingconversations.sandbox;

import org.coachingconversations.sandbox.data.DemoSchool;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;

/** What a user of the sandbox sees around its screens: the editor, dead ends, wizard headings. */
public class SandboxUxTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static SandboxClient client;

    @BeforeClass
    public static void startSandbox() throws Exception {
        client = SANDBOX.client();
    }

    @Test
    public void blankPageEditor_shouldHintWithAPlaceholder_andPublishNothingOfIt() {
        // Given
        Document editor = html(client.get("/pages/createpage.action?spaceKey=LINCOLN", DemoSchool.COACH));
        Element body = editor.selectFirst("#content-body");

        // When published as it came
        Map<String, String> form = new LinkedHashMap<>();
        for (Element field : editor.select("form.sandbox-editor input[type=hidden]")) {
            form.put(field.attr("name"), field.val());
        }
        form.put("title", "Left blank");
        form.put("body", body.val());
        HttpResponse<String> published = client.post("/pages/createpage.action", form, DemoSchool.COACH);

        // Then
        assertEquals("", body.val());
        assertFalse(body.attr("placeholder").isBlank());
        assertEquals(302, published.statusCode());
        assertEquals("", SANDBOX.sandbox().store().currentPageByTitle("LINCOLN", "Left blank").orElseThrow().body());
    }

    @Test
    public void wizardPages_shouldHeadEachPageOnce_withNoHeadingRepeated() {
        for (String item : List.of("coaching-sps-reflection-create-item", "coaching-cycle-record-create-item",
                "coaching-video-coaching-cycle-create-item", "coaching-coaching-conversation-create-item")) {
            // When
            Document wizard = html(client.get("/sandbox/blueprint?sandbox.item=" + item + "&sandbox.spaceKey=LINCOLN",
                    DemoSchool.COACH));

            // Then
            String heading = wizard.selectFirst("#main-content h1").text();
            List<String> headings = wizard.select("#main-content h1, #main-content h2").eachText();
            assertEquals(item + ": " + headings, headings.size(), headings.stream().distinct().count());
            assertThat(item, heading, not(containsString(":")));
            int half = heading.length() / 2;
            assertFalse(item + ": " + heading, heading.length() > 4 && heading.substring(half).strip()
                    .equals(heading.substring(0, half).strip()));
        }
    }

    @Test
    public void pageNotFound_shouldLinkTheSpaceHomeAndTheDashboard_withoutTellingWhereTheHiddenPageIs() {
        // Given
        long anasNotes = SANDBOX.sandbox().store().currentPageByTitle("LINCOLN", DemoSchool.ANA_NOTES_TITLE).orElseThrow().id();

        // When
        HttpResponse<String> hidden = client.get("/pages/viewpage.action?pageId=" + anasNotes, "david.kim");
        HttpResponse<String> noSuchSpace = client.get("/pages/createpage.action?spaceKey=NOPE", "david.kim");

        // Then
        for (HttpResponse<String> response : List.of(hidden, noSuchSpace)) {
            assertEquals(404, response.statusCode());
            assertEquals(List.of("/confluence/display/LINCOLN", "/confluence/spaces"),
                    html(response).select("#main-content .sandbox-ways-back a").eachAttr("href"));
        }
        assertThat(hidden.body(), not(containsString(DemoSchool.ANA_NOTES_TITLE)));
    }

    @Test
    public void cycleRecord_shouldSayWhatWasCreatedAndForWhom_whenTheCreatorMayNotViewIt() {
        // Given Sarah, a teacher, fills in a Cycle Record for David and James, which restricts it to them and the
        // school's leaders
        Document wizard = html(client.get("/sandbox/blueprint?sandbox.item=coaching-cycle-record-create-item"
                + "&sandbox.spaceKey=LINCOLN", "sarah.johnson"));
        Map<String, String> form = new LinkedHashMap<>();
        for (Element hidden : wizard.select("form input[type=hidden]")) {
            form.put(hidden.attr("name"), hidden.val());
        }
        form.putAll(Map.of("teacher", "david.kim", "observer", DemoSchool.PRINCIPAL, "observationDate", "2025-09-01",
                "observationType", "short", "conferenceDate", "2025-09-03"));

        // When
        HttpResponse<String> response = client.post("/sandbox/blueprint", form, "sarah.johnson");

        // Then she learns it was made and why she cannot open it, and reads nothing of the page
        assertEquals(response.body(), 200, response.statusCode());
        String message = html(response).selectFirst("#main-content .sandbox-created-for-others").text();
        assertThat(message, containsString("Post-conference Cycle Record created in Lincoln Elementary"));
        assertThat(message, containsString("Only the group coaching-leaders, David Kim, James Carter may view it."));
        assertThat(message, containsString("You are not one of them, so you cannot open it"));
        String title = SANDBOX.sandbox().store().pages("LINCOLN").stream().filter(page -> page.title().contains("2025-09-01"))
                .findFirst().orElseThrow().title();
        assertThat(response.body(), not(containsString(title)));
        assertThat(response.body(), not(containsString("Post-Conferencing Protocol")));
        assertFalse(html(response).select("#main-content .sandbox-ways-back a").isEmpty());
    }

    private static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }
}
