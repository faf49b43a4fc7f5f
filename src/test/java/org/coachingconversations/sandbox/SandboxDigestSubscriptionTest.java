package org.coachingconversations.sandbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Over HTTP in the sandbox: each person switches their own overdue digests off and on, on the page every digest
 * links to (a form with an XSRF token) and through REST; the job's status page is for administrators only, and its
 * "Run now" needs the form's token.
 */
public class SandboxDigestSubscriptionTest {

    private static final String PAGE = "/plugins/servlet/coaching/digest-subscription";
    private static final String JOB_PAGE = "/plugins/servlet/coaching/admin/follow-up-job";
    private static final String REST = "/rest/coaching/1.0/digest-subscription";
    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"");

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static SandboxClient client;

    @BeforeClass
    public static void startSandbox() throws Exception {
        client = SANDBOX.client();
    }

    @Test
    public void subscriptionPage_shouldSwitchTheCallersOwnDigestsOff_onlyWithTheFormsToken() {
        // Given
        HttpResponse<String> page = client.get(PAGE, "david.kim");
        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("You receive an e-mail"));
        String token = token(page);

        // When: a post without the token, then with it
        HttpResponse<String> forged = post(PAGE, "digests=off", "david.kim", "");
        HttpResponse<String> saved = post(PAGE, "digests=off&atl_token=" + token, "david.kim", token);

        // Then
        assertEquals(403, forged.statusCode());
        assertEquals(303, saved.statusCode());
        assertThat(client.get(PAGE, "david.kim").body(), containsString("You do not receive"));
        assertThat(client.get(PAGE, "sarah.johnson").body(), containsString("You receive an e-mail"));
        assertEquals(400, post(PAGE, "digests=maybe&atl_token=" + token, "david.kim", token).statusCode());
        assertEquals(401, client.get(PAGE, null).statusCode());
    }

    @Test
    public void rest_shouldReadAndChangeTheCallersOwnChoice() throws Exception {
        // When
        HttpResponse<String> off = client.send(HttpRequest.newBuilder(URI.create(SANDBOX.sandbox().baseUri() + REST))
                .header("Cookie", "sandbox.user=ana.ruiz").header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"receivesDigests\": false}")).build());
        HttpResponse<String> bad = client.send(HttpRequest.newBuilder(URI.create(SANDBOX.sandbox().baseUri() + REST))
                .header("Cookie", "sandbox.user=ana.ruiz").header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"receivesDigests\": \"no\"}")).build());

        // Then
        assertEquals(200, off.statusCode());
        assertEquals("{\"receivesDigests\":false}", off.body());
        assertEquals(400, bad.statusCode());
        assertThat(bad.body(), containsString("\"field\":\"receivesDigests\""));
        assertEquals("{\"receivesDigests\":false}", client.get(REST, "ana.ruiz").body());
        assertEquals("{\"receivesDigests\":true}", client.get(REST, "james.carter").body());
        assertEquals(401, client.get(REST, null).statusCode());
    }

    @Test
    public void jobPage_shouldBeForAdministratorsOnly_andRunNowNeedsTheFormsToken() {
        // When
        HttpResponse<String> teacher = client.get(JOB_PAGE, "ana.ruiz");
        HttpResponse<String> admin = client.get(JOB_PAGE, DemoSchool.SITE_ADMIN);
        HttpResponse<String> forged = post(JOB_PAGE, "", DemoSchool.SITE_ADMIN, "");
        HttpResponse<String> teacherRun = post(JOB_PAGE, "atl_token=" + token(admin), "ana.ruiz", token(admin));

        // Then
        assertEquals(403, teacher.statusCode());
        assertThat(teacher.body(), not(containsString("Run now")));
        assertEquals(200, admin.statusCode());
        assertThat(admin.body(), containsString("Sandbox \u2014 not Confluence"));
        assertThat(admin.body(), containsString("Run now"));
        assertEquals(403, forged.statusCode());
        assertEquals(403, teacherRun.statusCode());
        assertEquals(0, SANDBOX.sandbox().plugin().component(org.coachingconversations.application.followup.ShowFollowUpRuns.class)
                .latest().size());
    }

    private static String token(HttpResponse<String> page) {
        Matcher matcher = TOKEN.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("No XSRF token in " + page.body());
        }
        return matcher.group(1);
    }

    private static HttpResponse<String> post(String path, String form, String username, String tokenCookie) {
        return client.send(HttpRequest.newBuilder(URI.create(SANDBOX.sandbox().baseUri() + path))
                .header("Cookie", "sandbox.user=" + username + (tokenCookie.isEmpty() ? ""
                        : "; sandbox.atl_token=" + tokenCookie))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }
}
