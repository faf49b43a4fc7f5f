package org.coachingconversations.sandbox;

import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.data.StoredPage;
import org.coachingconversations.sandbox.plugin.RestrictionRefusal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * A host that refuses every restriction: the app moves the new Cycle Record to the trash rather than leave it open,
 * and the sandbox's page manager publishes the page-trashed event as Confluence does.
 */
public class RestrictionRefusalSandboxTest {

    @ClassRule
    public static final TemporaryFolder DATA = new TemporaryFolder();

    private static Sandbox target;
    private static SandboxClient client;

    @BeforeClass
    public static void startSandbox() throws Exception {
        target = Sandbox.start(new SandboxOptions(0, DATA.newFolder("data").toPath(), false)
                .refusingRestrictions(RestrictionRefusal.EVERY_RESTRICTION), SandboxTest.CLOCK);
        client = new SandboxClient(target);
    }

    @AfterClass
    public static void stopSandbox() {
        if (target != null) {
            target.close();
        }
    }

    @Test
    public void cycleRecordBlueprint_shouldMoveThePageToTheTrash_whenNoRestrictionCanBeSet() {
        // Given
        Document wizard = Jsoup.parse(client.get("/sandbox/blueprint?sandbox.item=coaching-cycle-record-create-item"
                + "&sandbox.spaceKey=LINCOLN", DemoSchool.COACH).body());

        // When
        HttpResponse<String> created = client.post("/sandbox/blueprint", wizardForm(wizard, Map.of(
                "teacher", "david.kim", "observer", DemoSchool.PRINCIPAL, "observationDate", "2025-09-08",
                "observationType", "full", "conferenceDate", "2025-09-10")), DemoSchool.COACH);

        // Then
        assertEquals(created.body(), 200, created.statusCode());
        assertTrue(created.body(), created.body().contains("moved it to the space's trash"));
        StoredPage page = target.store().trashedPages(DemoSchool.SPACE_KEY).stream()
                .filter(trashed -> trashed.title().startsWith("Cycle Record \u2014 David Kim"))
                .findFirst().orElseThrow(() -> new AssertionError("The Cycle Record is not in the trash"));
        assertTrue(target.store().viewRestrictions(page.id()).isEmpty());
        for (String user : List.of("david.kim", DemoSchool.PRINCIPAL, "sarah.johnson")) {
            assertEquals(user, 404, client.get("/pages/viewpage.action?pageId=" + page.id(), user).statusCode());
        }
    }

    private static Map<String, String> wizardForm(Document wizard, Map<String, String> typed) {
        Map<String, String> form = new LinkedHashMap<>();
        for (Element hidden : wizard.select("form input[type=hidden]")) {
            form.put(hidden.attr("name"), hidden.val());
        }
        form.putAll(typed);
        return form;
    }
}
