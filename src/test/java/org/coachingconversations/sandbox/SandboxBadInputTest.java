package org.coachingconversations.sandbox;

import org.coachingconversations.sandbox.data.DemoSchool;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import org.coachingconversations.sandbox.data.Permissions;
import org.coachingconversations.sandbox.data.SandboxDatabase;
import org.coachingconversations.sandbox.data.SandboxStore;
import org.coachingconversations.sandbox.web.ErrorPages;
import org.coachingconversations.sandbox.web.SandboxServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * Hostile input in every sandbox form and address: each is answered with a 4xx page in the sandbox's own layout that
 * says which field is wrong, changes nothing, and shows no stack trace or internal class name.
 */
public class SandboxBadInputTest {

    @ClassRule
    public static final TemporaryFolder DATA = new TemporaryFolder();

    private static Sandbox target;
    private static SandboxClient client;

    @BeforeClass
    public static void startSandbox() throws Exception {
        target = Sandbox.start(new SandboxOptions(0, DATA.newFolder("data").toPath(), false), SandboxTest.CLOCK);
        client = new SandboxClient(target);
    }

    @AfterClass
    public static void stopSandbox() {
        if (target != null) {
            target.close();
        }
    }

    @Test
    public void nonNumericIds_shouldBeRefusedWith400_namingTheField() {
        // Given
        long home = homePageId();
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();

        // When
        for (String path : List.of("/pages/viewpage.action?pageId=abc", "/pages/viewpreviousversions.action?pageId=abc",
                "/pages/editpage.action?pageId=abc", "/pages/createpage.action?spaceKey=LINCOLN&parentPageId=x",
                "/sandbox/create?spaceKey=LINCOLN&parentPageId=x",
                "/sandbox/blueprint?sandbox.item=coaching-sps-reflection-create-item&sandbox.spaceKey=LINCOLN"
                        + "&sandbox.parentPageId=abc")) {
            answers.put("GET " + path, client.get(path, DemoSchool.COACH));
        }
        answers.put("POST edit", client.post("/pages/editpage.action", Map.of("pageId", "abc", "version", "1",
                "title", "x", "body", "<p>x</p>"), DemoSchool.COACH));
        answers.put("POST edit version", client.post("/pages/editpage.action", Map.of("pageId", String.valueOf(home),
                "version", "one", "title", "Lincoln Elementary", "body", "<p>Overwritten</p>"), DemoSchool.COACH));
        answers.put("POST create", client.post("/pages/createpage.action", Map.of("spaceKey", "LINCOLN",
                "parentPageId", "x", "title", "Under x", "body", "<p>x</p>"), DemoSchool.COACH));
        for (String action : List.of("trashpage", "restore", "purge")) {
            answers.put("POST " + action, client.post("/pages/" + action + ".action", Map.of("pageId", "abc"),
                    DemoSchool.COACH));
        }
        answers.put("POST wizard", client.post("/sandbox/blueprint", Map.of(
                "sandbox.item", "coaching-sps-reflection-create-item", "sandbox.spaceKey", "LINCOLN",
                "sandbox.parentPageId", "abc", "sandbox.page", "0"), DemoSchool.COACH));
        answers.put("POST wizard page", client.post("/sandbox/blueprint", Map.of(
                "sandbox.item", "coaching-sps-reflection-create-item", "sandbox.spaceKey", "LINCOLN",
                "sandbox.page", "4294967296"), DemoSchool.COACH));

        // Then
        answers.forEach((request, response) -> {
            assertEquals(request, 400, response.statusCode());
            assertRefusalPage(request, response);
        });
        assertThat(refusal(answers.get("GET /pages/viewpage.action?pageId=abc")),
                containsString("pageId: \u201Cabc\u201D is not a number"));
        assertThat(refusal(answers.get("POST wizard")), containsString("sandbox.parentPageId"));
        assertTrue(target.store().currentPageByTitle("LINCOLN", "Under x").isEmpty());
        assertEquals(1, target.store().page(home).orElseThrow().version());
    }

    @Test
    public void create_shouldBeRefused_underAParentTheUserCannotView_orThatIsTrashedOrMissing() {
        // Given a restricted parent (Ana's notes, hidden from David), a trashed one and one that never existed
        long restricted = pageId(DemoSchool.ANA_NOTES_TITLE);
        long trashed = client.createPage("david.kim", "LINCOLN", "Old seating plan", "<p>Old</p>");
        client.post("/pages/trashpage.action", Map.of("pageId", String.valueOf(trashed)), "david.kim");
        Map<Long, HttpResponse<String>> answers = new LinkedHashMap<>();

        // When
        for (long parent : List.of(restricted, trashed, 999_999L, -1L)) {
            answers.put(parent, client.post("/pages/createpage.action", Map.of("spaceKey", "LINCOLN",
                    "parentPageId", String.valueOf(parent), "title", "Child of " + parent, "body", "<p>x</p>"),
                    "david.kim"));
        }

        // Then each is refused alike, so that the answer does not tell a restricted page from a missing one
        answers.forEach((parent, response) -> {
            assertEquals("parent " + parent, 400, response.statusCode());
            assertRefusalPage("parent " + parent, response);
            assertThat(refusal(response), containsString("parentPageId: there is no page " + parent
                    + " in Lincoln Elementary that you may view"));
            assertTrue(target.store().currentPageByTitle("LINCOLN", "Child of " + parent).isEmpty());
        });
        assertThat(answers.get(restricted).body(), not(containsString(DemoSchool.ANA_NOTES_TITLE)));
    }

    @Test
    public void createForms_shouldRefuseAParentTheUserCannotView_insteadOfPickingAnother() {
        // Given
        long restricted = pageId(DemoSchool.ANA_NOTES_TITLE);

        // When
        HttpResponse<String> form = client.get("/pages/createpage.action?spaceKey=LINCOLN&parentPageId=" + restricted,
                "david.kim");
        HttpResponse<String> dialog = client.get("/sandbox/create?spaceKey=LINCOLN&parentPageId=" + restricted,
                "david.kim");
        HttpResponse<String> wizard = client.get("/sandbox/blueprint?sandbox.item=coaching-sps-reflection-create-item"
                + "&sandbox.spaceKey=LINCOLN&sandbox.parentPageId=" + restricted, "david.kim");

        // Then
        for (HttpResponse<String> response : List.of(form, dialog, wizard)) {
            assertEquals(response.uri().toString(), 400, response.statusCode());
            assertThat(response.body(), not(containsString(DemoSchool.ANA_NOTES_TITLE)));
        }
    }

    @Test
    public void cycleRecordWizard_shouldCreateNothing_underAParentTheUserCannotView() {
        // Given
        long restricted = pageId(DemoSchool.ANA_NOTES_TITLE);
        int before = target.store().pages("LINCOLN").size();

        // When the wizard, which saves at once, is posted with a hidden parent
        HttpResponse<String> response = client.post("/sandbox/blueprint", Map.of(
                "sandbox.item", "coaching-cycle-record-create-item", "sandbox.spaceKey", "LINCOLN",
                "sandbox.parentPageId", String.valueOf(restricted), "sandbox.page", "0",
                "teacher", "david.kim", "observer", "james.carter", "observationDate", "2025-09-08",
                "observationType", "full", "conferenceDate", "2025-09-10"), "david.kim");

        // Then
        assertEquals(400, response.statusCode());
        assertRefusalPage("wizard", response);
        assertEquals(before, target.store().pages("LINCOLN").size());
    }

    @Test
    public void switchUser_shouldRefuseAReturnToOutsideTheSandbox_andKeepTheUser() {
        for (String returnTo : List.of("/confluence/../secret", "/confluence/%2e%2e/secret", "/confluence/./spaces",
                "/confluence/pages/%2E/x", "//evil.example/confluence/", "/confluence//evil.example",
                "https://evil.example/confluence/", "/confluence/\\evil", "/confluence/%2F%2Fevil.example",
                "javascript:alert(1)", "/elsewhere", "/confluence/spaces\r\nSet-Cookie: x=y")) {
            // When
            HttpResponse<String> response = client.post("/sandbox/switch-user",
                    Map.of("username", "james.carter", "returnTo", returnTo), DemoSchool.COACH);

            // Then
            assertEquals(returnTo, 400, response.statusCode());
            assertRefusalPage(returnTo, response);
            assertThat(returnTo, refusal(response), containsString("returnTo:"));
            assertTrue(returnTo, response.headers().allValues("Set-Cookie").isEmpty());
            assertFalse(returnTo, response.headers().firstValue("Location").isPresent());
        }
    }

    @Test
    public void switchUser_shouldRefuseAnUnknownUser() {
        // When
        HttpResponse<String> response = client.post("/sandbox/switch-user",
                Map.of("username", "<b>nobody</b>", "returnTo", "/confluence/spaces"), DemoSchool.COACH);

        // Then
        assertEquals(400, response.statusCode());
        assertRefusalPage("unknown user", response);
        assertThat(response.body(), containsString("&lt;b&gt;nobody&lt;/b&gt;"));
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty());
    }

    @Test
    public void switchUser_shouldAcceptALocalPathWithAQuery() {
        // When
        HttpResponse<String> response = client.post("/sandbox/switch-user", Map.of("username", "james.carter",
                "returnTo", "/confluence/pages/viewpage.action?pageId=1&x=a/../b"), DemoSchool.COACH);

        // Then
        assertEquals(302, response.statusCode());
        assertEquals("/confluence/pages/viewpage.action?pageId=1&x=a/../b",
                response.headers().firstValue("Location").orElse(""));
    }

    @Test
    public void titles_shouldBeTheSameWhateverTheirCase_whenFoundAndWhenKeptUnique() {
        // Given
        long reading = client.createPage(DemoSchool.COACH, "LINCOLN", "Reading Groups", "<p>Blue</p>");
        long other = client.createPage(DemoSchool.COACH, "LINCOLN", "Math groups", "<p>Red</p>");
        long linking = client.createPage(DemoSchool.COACH, "LINCOLN", "Links to groups",
                "<p><ac:link><ri:page ri:content-title=\"reading groups\"/></ac:link></p>");

        // When
        HttpResponse<String> duplicate = client.post("/pages/createpage.action", Map.of("spaceKey", "LINCOLN",
                "title", "READING GROUPS", "body", "<p>x</p>"), DemoSchool.COACH);
        HttpResponse<String> rename = client.post("/pages/editpage.action", Map.of("pageId", String.valueOf(other),
                "version", "1", "title", "reading groups", "body", "<p>Red</p>"), DemoSchool.COACH);
        Document view = Jsoup.parse(client.get("/pages/viewpage.action?pageId=" + linking, DemoSchool.COACH).body());

        // Then
        assertEquals(400, duplicate.statusCode());
        assertEquals(400, rename.statusCode());
        assertEquals(reading, target.store().currentPageByTitle("LINCOLN", "rEADING gROUPS").orElseThrow().id());
        Element link = view.selectFirst("#main-content-body a");
        assertEquals("/confluence/pages/viewpage.action?pageId=" + reading, link.attr("href"));
    }

    @Test
    public void oversizedForm_shouldBeRefusedWith4xx_andCreateNothing() {
        // When
        HttpResponse<String> response = client.post("/pages/createpage.action", Map.of("spaceKey", "LINCOLN",
                "title", "Huge page", "body", "x".repeat(400_000)), DemoSchool.COACH);

        // Then
        assertThat(response.statusCode(), allOf(greaterThanOrEqualTo(400), lessThan(500)));
        assertNothingInternal("huge form", response.body());
        assertTrue(target.store().currentPageByTitle("LINCOLN", "Huge page").isEmpty());
    }

    @Test
    public void serverErrorPages_shouldBeTheSandboxsOwn_andNameNothingInternal() throws IOException {
        // When the web server itself refuses: an undecodable query, an ambiguous path, a missing resource, a bad request line
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("ambiguous path", client.get("/pages/%2e%2e/%2e%2e/WEB-INF/web.xml", DemoSchool.COACH));
        answers.put("missing resource", client.get("/download/resources/nope/x.css", DemoSchool.COACH));
        String badEscape = rawRequest("GET /confluence/pages/viewpage.action?pageId=%zz HTTP/1.1\r\nHost: localhost"
                + "\r\nConnection: close\r\n\r\n");
        String raw = rawRequest("GET /confluence/spaces HTTP/1.1\r\nHost: localhost\r\nX-Bad: \u0001\r\n\r\n");

        // Then
        answers.forEach((request, response) -> {
            assertThat(request, response.statusCode(), allOf(greaterThanOrEqualTo(400), lessThan(500)));
            assertNothingInternal(request, response.body());
            assertThat(request, response.body(), containsString("Sandbox \u2014 not Confluence"));
        });
        assertThat(badEscape, containsString(" 400 "));
        assertNothingInternal("bad escape", badEscape);
        assertThat(raw, containsString(" 400 "));
        assertNothingInternal("bad header", raw);
    }

    @Test
    public void unexpectedFailure_shouldBeAGeneric500Page_withTheDetailsOnTheConsoleOnly() throws Exception {
        // Given the sandbox's servlet over a database that has gone away, behind the sandbox's error pages
        SandboxDatabase gone = SandboxDatabase.open(DATA.newFolder("gone").toPath());
        gone.close();
        SandboxStore broken = new SandboxStore(gone, SandboxTest.CLOCK);
        Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler(SandboxServlet.CONTEXT_PATH);
        context.addServlet(new ServletHolder(new SandboxServlet(broken, new Permissions(broken), target.plugin(),
                ZoneOffset.UTC)), "/*");
        server.setHandler(context);
        ErrorPages.install(server, context);
        server.start();
        PrintStream console = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
            int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();

            // When
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/confluence/spaces")).build(),
                    HttpResponse.BodyHandlers.ofString());

            // Then
            assertEquals(500, response.statusCode());
            assertThat(response.body(), containsString("Something went wrong"));
            assertNothingInternal("500", response.body());
            assertThat(response.body(), not(containsString("database")));
            assertThat(logged.toString(StandardCharsets.UTF_8), containsString("Sandbox database error"));
        } finally {
            System.setErr(console);
            server.stop();
        }
    }

    @Test
    public void otherMethods_shouldBeRefusedByTheSandboxsOwnPage() {
        // When
        HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(
                URI.create(target.baseUri() + "/pages/viewpage.action?pageId=1")).DELETE().build());

        // Then
        assertEquals(405, response.statusCode());
        assertNothingInternal("DELETE", response.body());
        assertThat(response.body(), containsString("Sandbox \u2014 not Confluence"));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static void assertRefusalPage(String request, HttpResponse<String> response) {
        Document page = Jsoup.parse(response.body());
        assertEquals(request, "Sandbox \u2014 not Confluence", page.selectFirst(".sandbox-banner strong").text());
        assertTrue(request, page.selectFirst("#main-content .sandbox-refused") != null);
        assertNothingInternal(request, response.body());
    }

    static void assertNothingInternal(String request, String body) {
        for (String internal : List.of("Exception", "org.eclipse", "org.coachingconversations", "java.", "jakarta.",
                "Caused by", "SERVLET", "Jetty", "jetty", "\tat ")) {
            assertThat(request, body, not(containsString(internal)));
        }
    }

    private static String refusal(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).selectFirst(".sandbox-refused-message").text();
    }

    private static String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", target.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.setSoTimeout(5000);
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long homePageId() {
        return target.store().space("LINCOLN").orElseThrow().homePageId();
    }

    private static long pageId(String title) {
        return target.store().currentPageByTitle(DemoSchool.SPACE_KEY, title).orElseThrow().id();
    }
}
