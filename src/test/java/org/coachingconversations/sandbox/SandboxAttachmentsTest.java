package org.coachingconversations.sandbox;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.data.Restriction;
import org.coachingconversations.sandbox.data.SandboxAttachments;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * Page attachments in the sandbox over HTTP: upload, list, download, the SPS results macro reading them through the
 * host's attachment manager, and every bad upload answered with a 4xx that changes nothing.
 */
public class SandboxAttachmentsTest {

    private static final String MACRO_PAGE = "<p>Our results</p><ac:structured-macro ac:name=\"coaching-sps-results\"/>";
    private static final String EXPORT = "Item,Element,Student group,Responses,Always,Most of the time,Sometimes,"
            + "Never,% Favorable,School average,District average\n"
            + "We learn a lot.,Student Learning,All students,28,16,8,3,1,85.7,80,78\n";
    private static final String TEACHER = "ana.ruiz";
    private static final String OTHER_TEACHER = "david.kim";

    @ClassRule
    public static final TemporaryFolder DATA = new TemporaryFolder();

    private static Sandbox target;
    private static SandboxClient client;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

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
    public void upload_shouldAttachTheFile_listItOnThePage_andServeItAsADownload() throws Exception {
        // Given
        long page = client.createPage(TEACHER, DemoSchool.SPACE_KEY, "Attach here", "<p>x</p>");
        byte[] content = EXPORT.getBytes(StandardCharsets.UTF_8);

        // When
        HttpResponse<String> answer = upload(page, "fall <b>2026.csv", content, TEACHER);

        // Then
        assertEquals(302, answer.statusCode());
        Document view = Jsoup.parse(client.get("/pages/viewpage.action?pageId=" + page, TEACHER).body());
        assertEquals(List.of("fall <b>2026.csv " + content.length + " B ana.ruiz"), view.select(".sandbox-attachment-row").eachText());
        assertTrue(view.select(".sandbox-attachment-row b").isEmpty());
        String href = view.selectFirst(".sandbox-attachment-row a").attr("href");
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + target.port()
                + href)).header("Cookie", "sandbox.user=" + TEACHER).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(content, download.body());
        assertEquals("application/octet-stream", download.headers().firstValue("Content-Type").orElse(""));
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""), containsString("attachment;"));
    }

    @Test
    public void spsResultsMacro_shouldReadTheAttachmentThroughTheHostsAttachmentManager() {
        // Given
        long page = client.createPage(TEACHER, DemoSchool.SPACE_KEY, "Fall results", MACRO_PAGE);
        upload(page, "fall.csv", EXPORT.getBytes(StandardCharsets.UTF_8), TEACHER);

        // When
        Document view = Jsoup.parse(client.get("/pages/viewpage.action?pageId=" + page, TEACHER).body());

        // Then
        assertEquals("fall.csv", view.selectFirst(".coaching-sps-results").attr("data-attachment"));
        assertEquals(1, view.select(".coaching-sps-results svg .coaching-sps-bar").size());
    }

    @Test
    public void spsResultsMacro_shouldNameLineAndColumn_whenTheAttachedExportIsMalformed() {
        // Given
        long page = client.createPage(TEACHER, DemoSchool.SPACE_KEY, "Broken results", MACRO_PAGE);
        upload(page, "broken.csv", EXPORT.replace("85.7", "lots").getBytes(StandardCharsets.UTF_8), TEACHER);

        // When
        Document view = Jsoup.parse(client.get("/pages/viewpage.action?pageId=" + page, TEACHER).body());

        // Then
        assertEquals("Line 2, column 9 (% Favorable): \"lots\" is not a number.",
                view.selectFirst(".coaching-sps-problem").text());
    }

    @Test
    public void upload_shouldReplaceTheFileOfTheSameName() {
        // Given
        long page = client.createPage(TEACHER, DemoSchool.SPACE_KEY, "Replace", "<p>x</p>");
        upload(page, "a.csv", "first".getBytes(StandardCharsets.UTF_8), TEACHER);

        // When
        upload(page, "a.csv", "second version".getBytes(StandardCharsets.UTF_8), TEACHER);

        // Then
        assertEquals(1, target.plugin().attachments().of(page).size());
        assertEquals(14, target.plugin().attachments().of(page).get(0).bytes());
    }

    @Test
    public void upload_shouldBeRefusedWith413_whenTheFileIsLargerThanTheLimit() {
        // Given
        long page = client.createPage(TEACHER, DemoSchool.SPACE_KEY, "Too large", "<p>x</p>");
        byte[] content = new byte[(int) SandboxAttachments.MAX_BYTES + 1];
        Arrays.fill(content, (byte) 'a');

        // When
        HttpResponse<String> answer = upload(page, "big.csv", content, TEACHER);

        // Then
        assertEquals(413, answer.statusCode());
        assertThat(answer.body(), containsString("larger than the sandbox"));
        assertTrue(target.plugin().attachments().of(page).isEmpty());
    }

    @Test
    public void upload_shouldBeRefusedWith400_whenTheFileIsEmptyMissingOrBadlyNamed() {
        // Given
        long page = client.createPage(TEACHER, DemoSchool.SPACE_KEY, "Bad uploads", "<p>x</p>");

        // When
        List<HttpResponse<String>> answers = List.of(
                upload(page, "empty.csv", new byte[0], TEACHER),
                upload(page, "bad\u0001name.csv", "x".getBytes(StandardCharsets.UTF_8), TEACHER),
                upload(page, "x".repeat(300) + ".csv", "x".getBytes(StandardCharsets.UTF_8), TEACHER),
                client.post("/pages/doattachfile.action?pageId=" + page, java.util.Map.of("file", "x"), TEACHER),
                send(multipart("/pages/doattachfile.action?pageId=" + page, "other", "a.csv", new byte[] {1}), TEACHER),
                upload("abc", "a.csv", "x".getBytes(StandardCharsets.UTF_8), TEACHER));

        // Then
        for (HttpResponse<String> answer : answers) {
            assertEquals(answer.body(), 400, answer.statusCode());
            assertThat(answer.body(), not(containsString("Exception")));
        }
        assertTrue(target.plugin().attachments().of(page).isEmpty());
    }

    @Test
    public void attachments_shouldNotBeReachable_onAPageTheUserMayNotView() {
        // Given: Ana's notes are restricted to Ana and the coach
        long notes = target.store().currentPageByTitle(DemoSchool.SPACE_KEY, DemoSchool.ANA_NOTES_TITLE).orElseThrow().id();
        upload(notes, "private.csv", EXPORT.getBytes(StandardCharsets.UTF_8), TEACHER);

        // When
        HttpResponse<String> upload = upload(notes, "mine.csv", "x".getBytes(StandardCharsets.UTF_8), OTHER_TEACHER);
        HttpResponse<String> download = client.get("/download/attachments/" + notes + "/private.csv", OTHER_TEACHER);

        // Then
        assertEquals(404, upload.statusCode());
        assertEquals(404, download.statusCode());
        assertThat(download.body(), containsString("Page not found"));
        assertThat(download.body(), not(containsString("We learn a lot")));
        assertEquals(List.of("private.csv"), target.plugin().attachments().of(notes).stream()
                .map(SandboxAttachments.Attached::fileName).toList());
        assertEquals(200, client.get("/download/attachments/" + notes + "/private.csv", TEACHER).statusCode());
    }

    @Test
    public void upload_shouldBeRefusedWith403_forSomeoneWhoMayViewButNotEditThePage() {
        // Given
        long page = client.createPage(TEACHER, DemoSchool.SPACE_KEY, "Read only for David", "<p>x</p>");
        target.store().setEditRestrictions(page, List.of(Restriction.user(TEACHER)));

        // When
        HttpResponse<String> answer = upload(page, "a.csv", "x".getBytes(StandardCharsets.UTF_8), OTHER_TEACHER);

        // Then
        assertEquals(403, answer.statusCode());
        assertTrue(target.plugin().attachments().of(page).isEmpty());
        Document view = Jsoup.parse(client.get("/pages/viewpage.action?pageId=" + page, OTHER_TEACHER).body());
        assertTrue(view.select(".sandbox-attach-form").isEmpty());
    }

    @Test
    public void download_shouldAnswerNotFound_forAFileThatIsNotAttached() {
        // Given
        long page = client.createPage(TEACHER, DemoSchool.SPACE_KEY, "Nothing attached", "<p>x</p>");

        // When / Then
        assertEquals(404, client.get("/download/attachments/" + page + "/none.csv", TEACHER).statusCode());
        assertEquals(404, client.get("/download/attachments/abc/none.csv", TEACHER).statusCode());
        assertEquals(404, client.get("/download/attachments/" + page, TEACHER).statusCode());
    }

    private HttpResponse<String> upload(long pageId, String fileName, byte[] content, String username) {
        return upload(String.valueOf(pageId), fileName, content, username);
    }

    private HttpResponse<String> upload(String pageId, String fileName, byte[] content, String username) {
        return send(multipart("/pages/doattachfile.action?pageId=" + pageId, "file", fileName, content), username);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String username) {
        return client.send(request.header("Cookie", "sandbox.user=" + username).build());
    }

    private static HttpRequest.Builder multipart(String path, String field, String fileName, byte[] content) {
        String boundary = "----sandbox-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(target.baseUri() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }
}
