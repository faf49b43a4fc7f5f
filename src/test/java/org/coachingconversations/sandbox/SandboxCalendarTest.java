package org.coachingconversations.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.testing.calendar.IcsFile;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The "Add to calendar" downloads over HTTP in the sandbox, as the REST module hosts them: a Cycle Record created with
 * the wizard gives its post-conference and finalization files to its observer, an action step its due date; a
 * teacher of another team gets the 404 of a page that does not exist.
 */
public class SandboxCalendarTest {

    private static final String API = "/rest/coaching/1.0/calendar";
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
    public void cycleRecordDates_shouldDownloadAsCalendarFiles_forWhoMayViewThePage() {
        // When
        HttpResponse<String> conference = get(API + "/pages/" + recordId + "/post-conference.ics", OBSERVER);
        HttpResponse<String> finalization = get(API + "/pages/" + recordId + "/finalization.ics", TEACHER);

        // Then
        IcsFile event = event(conference, "coaching-post-conference-" + recordId + ".ics");
        assertEquals(LocalDate.of(2025, 9, 10), event.date("DTSTART"));
        assertTrue(event.value("URL"), event.value("URL").endsWith("/pages/viewpage.action?pageId=" + recordId));
        assertTrue(event(finalization, "coaching-finalization-" + recordId + ".ics").date("DTSTART")
                .isAfter(LocalDate.of(2025, 9, 10)));
    }

    @Test
    public void actionStep_shouldDownloadItsDueDate() throws Exception {
        // Given
        HttpResponse<String> created = send("POST", "/rest/coaching/1.0/pages/" + recordId + "/action-steps",
                "{\"text\": \"Wait time, after every question; then log it\", \"owner\": \"david.kim\","
                        + " \"role\": \"teacher\", \"dueOn\": \"2025-09-26\"}", OBSERVER);
        assertEquals(created.body(), 201, created.statusCode());
        long stepId = JSON.readTree(created.body()).get("id").asLong();

        // When
        HttpResponse<String> response = get(API + "/action-steps/" + stepId + ".ics", TEACHER);

        // Then
        IcsFile event = event(response, "coaching-action-step-" + stepId + ".ics");
        assertEquals(LocalDate.of(2025, 9, 26), event.date("DTSTART"));
        assertEquals("Action step due: Wait time, after every question; then log it", event.value("SUMMARY"));
    }

    @Test
    public void downloads_shouldAnswerTheSame404_toATeacherOfAnotherTeam_asForAMissingPage_and401_whenSignedOut() {
        // When
        HttpResponse<String> restricted = get(API + "/pages/" + recordId + "/post-conference.ics", OTHER_TEAM);
        HttpResponse<String> missing = get(API + "/pages/987654321/post-conference.ics", OTHER_TEAM);
        HttpResponse<String> nonsense = get(API + "/action-steps/x%3Cb%3E.ics", OTHER_TEAM);
        HttpResponse<String> anonymous = get(API + "/pages/" + recordId + "/post-conference.ics", null);

        // Then
        assertEquals(404, restricted.statusCode());
        assertEquals(missing.statusCode(), restricted.statusCode());
        assertEquals(missing.body(), restricted.body());
        assertEquals(404, nonsense.statusCode());
        assertEquals(401, anonymous.statusCode());
    }

    private static IcsFile event(HttpResponse<String> response, String fileName) {
        assertEquals(response.body(), 200, response.statusCode());
        assertEquals("text/calendar;charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow()
                .replace(" ", "").toLowerCase(java.util.Locale.ROOT));
        assertEquals("attachment; filename=\"" + fileName + "\"",
                response.headers().firstValue("Content-Disposition").orElseThrow());
        return IcsFile.read(response.body());
    }

    private static HttpResponse<String> get(String path, String username) {
        return send("GET", path, null, username);
    }

    private static HttpResponse<String> send(String method, String path, String json, String username) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SANDBOX.sandbox().baseUri() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check");
        }
        if (username != null) {
            request.header("Cookie", "sandbox.user=" + username);
        }
        return client.send(request.build());
    }
}
