package org.coachingconversations.sandbox;

import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.data.SandboxUser;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.json.Json;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;

/**
 * The sandbox's user search, shaped like the one Confluence's wizard user picker asks
 * ({@code /rest/prototype/1/search/user.json}), over HTTP.
 */
public class SandboxUserSearchTest {

    private static final String SEARCH = "/rest/prototype/1/search/user.json";
    private static final String HOSTILE_NAME = "<script>alert(1)</script> Eve & \"Mallory\" 'Hacker'";

    @ClassRule
    public static final TemporaryFolder DATA = new TemporaryFolder();

    private static Sandbox target;
    private static SandboxClient client;

    @BeforeClass
    public static void startSandbox() throws Exception {
        target = Sandbox.start(new SandboxOptions(0, DATA.newFolder("data").toPath(), false), SandboxTest.CLOCK);
        target.store().addUser(new SandboxUser("eve.hacker", HOSTILE_NAME, "eve@lincoln.example", "Teacher"));
        client = new SandboxClient(target);
    }

    @AfterClass
    public static void stopSandbox() {
        if (target != null) {
            target.close();
        }
    }

    @Test
    public void userSearch_shouldAnswerInTheShapeConfluencesUserPickerReads() {
        // When
        HttpResponse<String> response = client.get(SEARCH + "?max-results=6&query=Ru", DemoSchool.COACH);

        // Then
        assertEquals(200, response.statusCode());
        assertThat(response.headers().firstValue("Content-Type").orElse(""), startsWith("application/json"));
        List<Map<String, Object>> result = results(response);
        assertEquals(1, result.size());
        Map<String, Object> ana = result.get(0);
        assertEquals("user", ana.get("type"));
        assertEquals("ana.ruiz", ana.get("username"));
        assertEquals("Ana Ruiz", ana.get("title"));
        assertEquals(target.plugin().userKey("ana.ruiz"), ana.get("userKey"));
        assertThat(String.valueOf(((Map<?, ?>) ana.get("thumbnailLink")).get("href")), endsWith("/sandbox/static/avatar.svg"));
    }

    @Test
    public void userSearch_shouldMatchTheStartOfTheUserNameOrOfAnyNameIgnoringCase() {
        assertEquals(List.of("james.carter"), usernames("CART"));
        assertEquals(List.of("james.carter"), usernames("james.c"));
        assertEquals(List.of("david.kim"), usernames("Da"));
        assertEquals(List.of(), usernames("iz"));
    }

    @Test
    public void userSearch_shouldKeepToMaxResults() {
        // When
        List<Map<String, Object>> one = results(client.get(SEARCH + "?query=j&max-results=1", DemoSchool.COACH));
        List<Map<String, Object>> all = results(client.get(SEARCH + "?query=j", DemoSchool.COACH));

        // Then James Carter and Sarah Johnson match
        assertEquals(1, one.size());
        assertEquals(2, all.size());
    }

    @Test
    public void userSearch_shouldWriteNoMarkupCharacter_andStillGiveTheNameExactly() {
        // When
        HttpResponse<String> response = client.get(SEARCH + "?query=eve", DemoSchool.COACH);

        // Then
        assertThat(response.body(), not(containsString("<")));
        assertThat(response.body(), not(containsString("&")));
        assertEquals(HOSTILE_NAME, results(response).get(0).get("title"));
    }

    @Test
    public void userSearch_shouldAnswer400WithAMessage_whenTheQueryIsMissingOrMaxResultsIsNoNumber() {
        // When
        HttpResponse<String> noQuery = client.get(SEARCH, DemoSchool.COACH);
        HttpResponse<String> badMax = client.get(SEARCH + "?query=ana&max-results=lots", DemoSchool.COACH);
        HttpResponse<String> tooMany = client.get(SEARCH + "?query=ana&max-results=100000", DemoSchool.COACH);

        // Then
        assertEquals(400, noQuery.statusCode());
        assertThat(noQuery.body(), containsString("query"));
        assertEquals(400, badMax.statusCode());
        assertThat(badMax.body(), containsString("max-results"));
        assertEquals(400, tooMany.statusCode());
    }

    @Test
    public void userPickerScript_shouldBeServedByTheSandbox_andOtherFilesNot() {
        assertEquals(200, client.get("/sandbox/static/user-picker.js", DemoSchool.COACH).statusCode());
        assertEquals(200, client.get("/sandbox/static/avatar.svg", DemoSchool.COACH).statusCode());
        assertEquals(404, client.get("/sandbox/static/demo/home.xml", DemoSchool.COACH).statusCode());
        assertEquals(404, client.get("/sandbox/static/../sandbox/sandbox.css", DemoSchool.COACH).statusCode());
    }

    private static List<String> usernames(String query) {
        return results(client.get(SEARCH + "?query=" + query, DemoSchool.COACH)).stream()
                .map(user -> String.valueOf(user.get("username"))).sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        Map<String, Object> answer = new Json().toType(response.body(), Map.class);
        return (List<Map<String, Object>>) answer.get("result");
    }
}
