package org.coachingconversations.sandbox;

import org.coachingconversations.sandbox.data.DemoSchool;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

public class SandboxLanguageTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final String WIZARD = "/sandbox/blueprint?sandbox.item=coaching-coaching-conversation-create-item"
            + "&sandbox.spaceKey=LINCOLN";

    private static SandboxClient client;

    @BeforeClass
    public static void startSandbox() throws Exception {
        client = SANDBOX.client();
    }

    @Test
    public void switchLanguage_shouldShowTheAppInSpanish_forThatUserOnly() {
        // Given
        HttpResponse<String> switched = client.post("/sandbox/switch-language",
                Map.of("language", "es", "returnTo", "/confluence/spaces"), "james.carter");

        // When
        String spanishWizard = client.get(WIZARD, "james.carter").body();
        String englishWizard = client.get(WIZARD, DemoSchool.COACH).body();
        String spanishDashboard = client.get("/plugins/servlet/coaching/follow-ups?spaceKey=LINCOLN", "james.carter")
                .body();

        // Then
        assertEquals(302, switched.statusCode());
        assertEquals("/confluence/spaces", switched.headers().firstValue("Location").orElse(""));
        assertThat(spanishWizard, containsString("Escriba un nombre y elija a la persona."));
        assertThat(spanishWizard, containsString("<option value=\"es\" lang=\"es\" selected>Espa\u00f1ol</option>"));
        assertThat(englishWizard, containsString("Type a name and choose the person."));
        assertThat(englishWizard, not(containsString("Escriba un nombre")));
        assertThat(spanishDashboard, containsString("Panel de seguimiento"));
    }

    @Test
    public void switchLanguage_shouldAnswer400AndKeepTheLanguage_whenTheAppHasNoSuchLanguage() {
        // When
        HttpResponse<String> response = client.post("/sandbox/switch-language",
                Map.of("language", "fr", "returnTo", "/confluence/spaces"), "david.kim");

        // Then
        assertEquals(400, response.statusCode());
        assertThat(response.body(), containsString("is not a language of the app"));
        assertThat(client.get(WIZARD, "david.kim").body(), containsString("Type a name and choose the person."));
    }
}
