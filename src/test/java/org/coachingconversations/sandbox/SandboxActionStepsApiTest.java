package org.coachingconversations.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The action-steps API at its real paths in the sandbox, over HTTP, as the browser's script calls it: the host's
 * access and XSRF checks, the signed-in user as caller, and the restrictions the plugin puts on a Cycle Record.
 * David Kim is the record's teacher and James Carter its observer; Sarah Johnson teaches on another team and may
 * not view it.
 */
public class SandboxActionStepsApiTest {

    private static final String API = "/rest/coaching/1.0";
    private static final String TEACHER = "david.kim";
    private static final String OBSERVER = DemoSchool.PRINCIPAL;
    private static final String OTHER_TEAM = "sarah.johnson";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static SandboxClient client;
    private static long recordId;

    @BeforeClass
    public static void startSandbox() throws Exception {
        client = SANDBOX.client();
        recordId = SandboxTest.createCycleRecord(client, OBSERVER, TEACHER);
    }

    @Test
    public void post_shouldAddAStep_forTheRecordsObserver_andTheTeacherListsItWith200() throws Exception {
        // When
        HttpResponse<String> created = send("POST", API + "/pages/" + recordId + "/action-steps",
                "{\"text\": \"Use wait time after every question\", \"owner\": \"david.kim\", \"role\": \"teacher\","
                        + " \"dueOn\": \"2025-09-26\"}", OBSERVER, true);
        HttpResponse<String> listed = send("GET", API + "/pages/" + recordId + "/action-steps", null, TEACHER, false);

        // Then
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals("application/json", created.headers().firstValue("Content-Type").orElseThrow());
        long stepId = JSON.readTree(created.body()).get("id").asLong();
        assertEquals(listed.body(), 200, listed.statusCode());
        JsonNode step = stepById(JSON.readTree(listed.body()), stepId);
        assertEquals("Use wait time after every question", step.get("text").asText());
        assertEquals("David Kim", step.get("owner").get("displayName").asText());
        assertTrue("the teacher owns it", step.get("canChange").asBoolean());
    }

    @Test
    public void get_shouldAnswer404_exactlyAsForAPageThatDoesNotExist_forATeacherFromAnotherTeam() throws Exception {
        // Given
        addStep("A step on a restricted record");

        // When
        HttpResponse<String> restricted = send("GET", API + "/pages/" + recordId + "/action-steps", null, OTHER_TEAM,
                false);
        HttpResponse<String> missing = send("GET", API + "/pages/987654321/action-steps", null, OTHER_TEAM, false);

        // Then
        assertEquals(404, restricted.statusCode());
        assertEquals(missing.statusCode(), restricted.statusCode());
        assertEquals(missing.body(), restricted.body());
        assertTrue(restricted.body(), !restricted.body().contains("restricted"));
    }

    @Test
    public void get_shouldAnswer401_withoutASignedInUser() throws Exception {
        // When
        HttpResponse<String> response = send("GET", API + "/pages/" + recordId + "/action-steps", null, null, false);

        // Then
        assertEquals(401, response.statusCode());
    }

    @Test
    public void writes_shouldAnswer403_andChangeNothing_withoutTheXsrfHeader() throws Exception {
        // Given
        long stepId = addStep("Keep a reflection journal");
        int before = steps().findOnPage(recordId).size();

        // When
        HttpResponse<String> post = send("POST", API + "/pages/" + recordId + "/action-steps",
                "{\"text\": \"Sneaked in\"}", OBSERVER, false);
        HttpResponse<String> put = send("PUT", API + "/action-steps/" + stepId + "/status",
                "{\"version\": 0, \"status\": \"done\"}", TEACHER, false);
        HttpResponse<String> delete = send("DELETE", API + "/action-steps/" + stepId + "?version=0", null, OBSERVER,
                false);

        // Then
        assertEquals(403, post.statusCode());
        assertTrue(post.body(), post.body().contains("XSRF check failed"));
        assertEquals(403, put.statusCode());
        assertEquals("a refused request with a body closes its connection, so the next one opens another",
                Optional.of("close"), put.headers().firstValue("connection"));
        assertEquals(403, delete.statusCode());
        assertEquals(before, steps().findOnPage(recordId).size());
        assertEquals(0, steps().find(stepId).orElseThrow().version());
    }

    @Test
    public void put_shouldMarkTheStepDone_forItsOwner_andAStaleVersionGets409WithTheCurrentStep() throws Exception {
        // Given
        long stepId = addStep("Try think-pair-share");

        // When
        HttpResponse<String> done = send("PUT", API + "/action-steps/" + stepId + "/status",
                "{\"version\": 0, \"status\": \"done\"}", TEACHER, true);
        HttpResponse<String> stale = send("PUT", API + "/action-steps/" + stepId,
                "{\"version\": 0, \"text\": \"Try think-pair-share twice\", \"owner\": \"david.kim\"}", OBSERVER, true);

        // Then
        assertEquals(done.body(), 200, done.statusCode());
        assertEquals("done", JSON.readTree(done.body()).get("status").asText());
        assertEquals(409, stale.statusCode());
        JsonNode conflict = JSON.readTree(stale.body());
        assertTrue(conflict.get("message").asText(), conflict.get("message").asText()
                .startsWith("David Kim changed this step "));
        assertTrue(conflict.get("message").asText().endsWith("(marked it done). Your change was not saved; the"
                + " current step is shown."));
        assertEquals("done", conflict.get("current").get("status").asText());
        assertEquals("Try think-pair-share", steps().find(stepId).orElseThrow().value().description());
    }

    @Test
    public void post_shouldAnswer400NamingTheBody_whenItIsNotJson() throws Exception {
        // When
        HttpResponse<String> response = send("POST", API + "/pages/" + recordId + "/action-steps",
                "{\"text\": ", OBSERVER, true);

        // Then
        assertEquals(response.body(), 400, response.statusCode());
        assertEquals("body", JSON.readTree(response.body()).get("field").asText());
    }

    @Test
    public void post_shouldKeepHostileTextAsPlainJsonData() throws Exception {
        // Given
        String hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>"
                + "<ac:structured-macro ac:name=\"html\"></ac:structured-macro>";

        // When
        HttpResponse<String> created = send("POST", API + "/pages/" + recordId + "/action-steps",
                JSON.writeValueAsString(Map.of("text", hostile)), OBSERVER, true);

        // Then
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals("application/json", created.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(hostile, JSON.readTree(created.body()).get("text").asText());
    }

    private static long addStep(String text) throws Exception {
        HttpResponse<String> created = send("POST", API + "/pages/" + recordId + "/action-steps",
                JSON.writeValueAsString(Map.of("text", text, "owner", TEACHER)), OBSERVER, true);
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private static JsonNode stepById(JsonNode page, long stepId) {
        for (JsonNode step : page.get("steps")) {
            if (step.get("id").asLong() == stepId) {
                return step;
            }
        }
        throw new AssertionError("No step " + stepId + " in " + page);
    }

    private static ActionStepStore steps() {
        return SANDBOX.sandbox().plugin().component(ActionStepStore.class);
    }

    private static HttpResponse<String> send(String method, String path, String json, String username,
            boolean xsrfHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SANDBOX.sandbox().baseUri() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (username != null) {
            request.header("Cookie", "sandbox.user=" + username);
        }
        if (xsrfHeader) {
            request.header("X-Atlassian-Token", "no-check");
        }
        return client.send(request.build());
    }
}
