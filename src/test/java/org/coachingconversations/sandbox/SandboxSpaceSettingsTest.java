package org.coachingconversations.sandbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The sandbox hosts the app's struts action and space-tools link over HTTP: the space settings page for the demo
 * school's administrator, with the space's sidebar and the page's script; "Page not found" for everyone else and for
 * any address that names no space or no action, the same page each time; bad input is a 4xx, never a 500.
 */
public class SandboxSpaceSettingsTest {

    private static final String PAGE = "/plugins/coaching/space-settings.action?key=";

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static SandboxClient client;

    @BeforeClass
    public static void startSandbox() throws Exception {
        client = SANDBOX.client();
    }

    @Test
    public void settingsPage_shouldBeServed_toTheSpacesAdministrator_inTheSpacesLayout() {
        // When
        HttpResponse<String> response = client.get(PAGE + DemoSchool.SPACE_KEY, DemoSchool.PRINCIPAL);

        // Then
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertThat(page.title(), containsString("Coaching settings"));
        assertEquals(DemoSchool.SPACE_NAME, page.selectFirst(".sandbox-space-name").text());
        assertEquals(DemoSchool.LEADERS_GROUP, page.selectFirst("input[name=leadersGroup]").val());
        assertTrue(page.select("script[src$=space-settings.js]").size() == 1);
        assertTrue(page.select("link[href$=space-settings.css]").size() == 1);
        assertTrue("Sitemesh's content tags are dropped", page.select("content").isEmpty());
        assertEquals(List.of("Coaching"), page.select(".sandbox-space-tools a").eachText());
    }

    @Test
    public void spaceToolsLink_shouldBeShownOnlyToTheSpacesAdministrator() {
        String asPrincipal = client.get("/display/" + DemoSchool.SPACE_KEY, DemoSchool.PRINCIPAL).body();
        String asCoach = client.get("/display/" + DemoSchool.SPACE_KEY, DemoSchool.COACH).body();
        String asTeacher = client.get("/display/" + DemoSchool.SPACE_KEY, "ana.ruiz").body();
        assertEquals("/confluence" + PAGE + DemoSchool.SPACE_KEY,
                Jsoup.parse(asPrincipal).selectFirst(".sandbox-space-tools a").attr("href"));
        assertThat(asCoach, not(containsString("sandbox-space-tools")));
        assertThat(asTeacher, not(containsString("sandbox-space-tools")));
    }

    @Test
    public void settingsPage_shouldAnswerTheSameNotFound_toEveryoneElse_andForAnyOtherAddress() {
        // Given what a teacher gets for the school's page
        HttpResponse<String> teacher = client.get(PAGE + DemoSchool.SPACE_KEY, "ana.ruiz");
        assertEquals(404, teacher.statusCode());
        String expected = main(teacher);
        assertThat(expected, containsString("Page not found"));

        // Then the coach (a leader, not an administrator), a missing space, a hostile key, no key and an action
        // nobody declared answer the same
        for (HttpResponse<String> response : List.of(
                client.get(PAGE + DemoSchool.SPACE_KEY, DemoSchool.COACH),
                client.get(PAGE + "NOSUCHSPACE", "ana.ruiz"),
                client.get(PAGE + "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "ana.ruiz"),
                client.get("/plugins/coaching/space-settings.action", "ana.ruiz"),
                client.get("/plugins/coaching/nothing-here.action?key=LINCOLN", "ana.ruiz"))) {
            assertEquals(404, response.statusCode());
            assertEquals(expected, main(response));
            assertThat(response.body(), not(containsString("<script>alert")));
        }
    }

    private static String main(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).selectFirst("#main-content").outerHtml();
    }
}
