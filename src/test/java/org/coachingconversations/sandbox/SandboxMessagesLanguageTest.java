package org.coachingconversations.sandbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/** The REST resources' error messages follow the caller's language, as the host's I18nResolver hands it over. */
public class SandboxMessagesLanguageTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final String SPANISH_READER = "sarah.johnson";
    private static final String DASHBOARD = "/rest/coaching/1.0/spaces/LINCOLN/follow-ups";

    private static SandboxClient client;

    @BeforeClass
    public static void startSandbox() throws Exception {
        client = SANDBOX.client();
        HttpResponse<String> switched = client.post("/sandbox/switch-language",
                Map.of("language", "es", "returnTo", "/confluence/spaces"), SPANISH_READER);
        assertEquals(302, switched.statusCode());
    }

    @Test
    public void dashboardFilter_shouldAnswer400InSpanish_forASpanishReader_andInEnglishForOthers() {
        // When
        HttpResponse<String> spanish = client.get(DASHBOARD + "?from=ayer", SPANISH_READER);
        HttpResponse<String> english = client.get(DASHBOARD + "?from=ayer", DemoSchool.PRINCIPAL);

        // Then
        assertEquals(400, spanish.statusCode());
        assertThat(spanish.body(), containsString("\"message\":\"\\\"ayer\\\" no es una fecha; use yyyy-MM-dd.\""));
        assertThat(spanish.body(), containsString("\"field\":\"from\""));
        assertThat(english.body(), containsString("\"message\":\"\\\"ayer\\\" is not a date; use yyyy-MM-dd.\""));
    }

    @Test
    public void notFound_shouldBeSpanish_forASpanishReader() {
        // When
        HttpResponse<String> missing = client.get("/rest/coaching/1.0/pages/999999/self-check", SPANISH_READER);

        // Then
        assertEquals(404, missing.statusCode());
        assertEquals("{\"status\":404,\"message\":\"No encontrado.\",\"field\":null,\"current\":null}", missing.body());
    }

    @Test
    public void digestSubscription_shouldAnswerABadBodyInSpanish_forASpanishReader() throws Exception {
        // When
        HttpResponse<String> bad = client.send(HttpRequest.newBuilder(
                        URI.create(SANDBOX.sandbox().baseUri() + "/rest/coaching/1.0/digest-subscription"))
                .header("Cookie", "sandbox.user=" + SPANISH_READER).header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"receivesDigests\": \"no\"}")).build());

        // Then
        assertEquals(400, bad.statusCode());
        assertThat(bad.body(), containsString("Env\u00ede {\\\"receivesDigests\\\": true} o"));
    }
}
