package org.coachingconversations.sandbox;

import org.coachingconversations.confluence.blueprint.BlueprintFacts;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.CycleRecordStore;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.followup.ConversationRepository;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.data.Restriction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.anActionStep;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/** The sandbox over HTTP, started in-process on a free port with its own data directory. */
public class SandboxTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-15T08:00:00Z"), ZoneOffset.UTC);

    @ClassRule
    public static final TemporaryFolder DATA = new TemporaryFolder();

    private static Sandbox target;
    private static SandboxClient client;

    @BeforeClass
    public static void startSandbox() throws Exception {
        target = Sandbox.start(new SandboxOptions(0, DATA.newFolder("data").toPath(), false), CLOCK);
        client = new SandboxClient(target);
    }

    @AfterClass
    public static void stopSandbox() {
        if (target != null) {
            target.close();
        }
    }

    @Test
    public void everyPage_shouldCarryTheNotConfluenceBanner() {
        for (String path : List.of("/spaces", "/display/LINCOLN", "/sandbox/outbox", "/sandbox/plugin",
                "/pages/viewpage.action?pageId=1")) {
            // When
            Document page = Jsoup.parse(client.get(path, null).body());

            // Then
            assertEquals(path, "Sandbox \u2014 not Confluence", page.selectFirst(".sandbox-banner strong").text());
        }
    }

    @Test
    public void spaceDirectory_shouldListTheDemoSchoolSpace() {
        // When
        Document page = html(client.get("/spaces", DemoSchool.COACH));

        // Then
        assertThat(page.select("main table a").eachText(), hasItem("Lincoln Elementary"));
        assertThat(page.select("main table td").eachText(), hasItem("LINCOLN"));
    }

    @Test
    public void spaceHome_shouldShowTheWelcomePageAndThePageTree() {
        // When
        Document page = html(client.get("/display/LINCOLN", "david.kim"));

        // Then
        assertEquals("Lincoln Elementary", page.selectFirst("#title-text").text());
        assertThat(page.selectFirst("#main-content-body").text(), containsString("Welcome to Lincoln Elementary"));
        assertThat(treeTitles(page), hasItems("Lincoln Elementary", DemoSchool.STAFF_MEETING_TITLE));
    }

    @Test
    public void pageView_shouldShowTheSevenQualities_whenThePageUsesTheQualitiesMacro() {
        // Given
        long pageId = pageId(DemoSchool.STAFF_MEETING_TITLE);

        // When
        Document page = html(client.get("/pages/viewpage.action?pageId=" + pageId, "sarah.johnson"));

        // Then the plugin's macro ran and its viewcontent stylesheet is on the page
        List<String> qualities = page.select("#main-content-body .coaching-quality").eachAttr("data-quality");
        assertEquals(List.of("substantive", "recent-information", "spring-from-questions", "non-defensive",
                "each-other-as-people", "professional-knowledge", "lead-to-action"), qualities);
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"), hasItem("/confluence/download/resources/"
                + "org.coachingconversations.coaching-conversations:coaching-quality-resources/conversation-qualities.css"));
    }

    @Test
    public void pageView_shouldShowThePluginsErrorBox_whenAMacroParameterIsWrong() {
        // Given
        long pageId = client.createPage(DemoSchool.COACH, "LINCOLN", "Qualities with a typo",
                "<ac:structured-macro ac:name=\"coaching-conversation-qualities\">"
                        + "<ac:parameter ac:name=\"quality\">substantial</ac:parameter></ac:structured-macro>");

        // When
        HttpResponse<String> response = client.get("/pages/viewpage.action?pageId=" + pageId, DemoSchool.COACH);

        // Then
        Element error = html(response).selectFirst("#main-content-body .aui-message-error");
        assertThat(error.text(), containsString("substantial"));
        assertThat(response.body(), not(containsString("Exception")));
    }

    @Test
    public void pageView_shouldEscapeMarkupInTextAndDropScripts() {
        // Given a page whose text spells out markup, and which also holds a real script element and a javascript link
        long pageId = client.createPage(DemoSchool.COACH, "LINCOLN", "Notes on <b>tags</b>",
                "<p>Type &lt;script&gt;alert(1)&lt;/script&gt; to test</p><script>alert(2)</script>"
                        + "<p><a href=\"javascript:alert(3)\">click</a></p>");

        // When
        HttpResponse<String> response = client.get("/pages/viewpage.action?pageId=" + pageId, DemoSchool.COACH);

        // Then
        String body = response.body();
        assertThat(body, containsString("Type &lt;script&gt;alert(1)&lt;/script&gt; to test"));
        assertThat(body, containsString("<h1 id=\"title-text\">Notes on &lt;b&gt;tags&lt;/b&gt;</h1>"));
        // The only scripts are the app's web-resources of context viewcontent, never one from the page's content
        assertThat(body.replaceAll("<script defer src=\"/confluence/download/resources/[^\"<>]+\\.js\"></script>", ""),
                not(containsString("<script")));
        assertThat(body, not(containsString("alert(2)")));
        assertThat(body, not(containsString("javascript:")));
    }

    @Test
    public void pageView_shouldNameAnUnknownMacroInAGreyBox() {
        // Given
        long pageId = client.createPage(DemoSchool.COACH, "LINCOLN", "Page with a roadmap",
                "<ac:structured-macro ac:name=\"roadmap\"/>");

        // When
        Document page = html(client.get("/pages/viewpage.action?pageId=" + pageId, DemoSchool.COACH));

        // Then
        assertEquals("Macro roadmap is not available in the sandbox",
                page.selectFirst("#main-content-body .sandbox-unknown-macro").text());
    }

    @Test
    public void createDialog_shouldListTheBlueprintsOfTheDescriptor() {
        // When
        Document page = html(client.get("/sandbox/create?spaceKey=LINCOLN", DemoSchool.COACH));

        // Then
        Element sps = page.selectFirst("li[data-blueprint=coaching-sps-reflection-create-item]");
        assertThat(sps.text(), containsString(target.plugin().i18n().getText("coaching.blueprint.sps.name")));
        assertEquals(200, client.get(sps.selectFirst("img").attr("src").substring("/confluence".length()), null)
                .statusCode());
    }

    @Test
    public void blueprint_shouldOpenTheEditorWithTheFilledTemplate_andTheWizardValuesEscaped() {
        // Given the wizard page, rendered from the plugin's Soy template
        Document wizard = html(client.get("/sandbox/blueprint?sandbox.item=coaching-sps-reflection-create-item"
                + "&sandbox.spaceKey=LINCOLN", DemoSchool.COACH));
        assertEquals(List.of("teacher", "surveyPeriod", "school", "district"),
                wizard.select("form.coaching-sps-reflection-wizard input.text").eachAttr("name"));

        // When the coach fills it in, with markup in one value
        HttpResponse<String> editor = client.post("/sandbox/blueprint", wizardForm(wizard, Map.of("teacher", "ana.ruiz",
                "surveyPeriod", "Spring 2026", "school", "Lincoln <Elementary>", "district", "Denver")), DemoSchool.COACH);

        // Then the editor opens with the page the context provider and content template made
        assertEquals(200, editor.statusCode());
        Document form = html(editor);
        String title = form.selectFirst("#content-title").val();
        assertThat(title, containsString("Ana Ruiz"));
        String body = form.selectFirst("#content-body").text();
        assertThat(body, containsString("Lincoln &lt;Elementary&gt;"));

        // When published, the value shows as text
        long pageId = client.createPage(DemoSchool.COACH, "LINCOLN", title, body);
        Document view = html(client.get("/pages/viewpage.action?pageId=" + pageId, DemoSchool.COACH));
        assertThat(view.selectFirst("#main-content-body").text(), containsString("Lincoln <Elementary>"));
        assertTrue(view.select("#main-content-body elementary").isEmpty());
    }

    @Test
    public void blueprint_shouldShowTheProblemBesideItsField_whenTheContextProviderRejectsTheInput() {
        // Given
        Document wizard = html(client.get("/sandbox/blueprint?sandbox.item=coaching-sps-reflection-create-item"
                + "&sandbox.spaceKey=LINCOLN", DemoSchool.COACH));

        // When
        HttpResponse<String> response = client.post("/sandbox/blueprint", wizardForm(wizard, Map.of("teacher",
                "nobody.here", "surveyPeriod", "Spring 2026", "school", "Lincoln", "district", "Denver")), DemoSchool.COACH);

        // Then
        assertEquals(400, response.statusCode());
        Document page = html(response);
        assertThat(page.selectFirst("input[name=teacher]").closest(".field-group").selectFirst(".error").text(),
                containsString("nobody.here"));
        assertEquals("Spring 2026", page.selectFirst("input[name=surveyPeriod]").val());
    }

    @Test
    public void cycleRecordBlueprint_shouldCreateThePage_restrictedByThePluginsListenerToTeacherObserverAndLeaders() {
        // Given
        Document wizard = html(client.get("/sandbox/blueprint?sandbox.item=coaching-cycle-record-create-item"
                + "&sandbox.spaceKey=LINCOLN", DemoSchool.COACH));

        // When
        HttpResponse<String> created = client.post("/sandbox/blueprint", wizardForm(wizard, Map.of(
                "teacher", "david.kim", "observer", "james.carter", "observationDate", "2025-09-08",
                "observationType", "full", "conferenceDate", "2025-09-10")), DemoSchool.PRINCIPAL);

        // Then the page is saved at once (create-result="view") and only its teacher, its observer and the demo
        // school's leaders group (James and Maria) see it
        assertEquals(created.body(), 302, created.statusCode());
        String view = created.headers().firstValue("Location").orElseThrow().substring("/confluence".length());
        assertEquals(200, client.get(view, "david.kim").statusCode());
        assertEquals(200, client.get(view, DemoSchool.PRINCIPAL).statusCode());
        assertEquals(404, client.get(view, "sarah.johnson").statusCode());
        assertEquals(404, client.get(view, "ana.ruiz").statusCode());
        assertEquals(200, client.get(view, DemoSchool.COACH).statusCode());
    }

    @Test
    public void cycleRecordBlueprint_shouldIgnoreWizardFieldsNamedLikeFacts() {
        // Given the Cycle Record wizard, posted by its observer with a field for every fact key besides its own
        Document wizard = html(client.get("/sandbox/blueprint?sandbox.item=coaching-cycle-record-create-item"
                + "&sandbox.spaceKey=LINCOLN", DemoSchool.PRINCIPAL));
        Map<String, String> form = wizardForm(wizard, Map.of(
                "teacher", "david.kim", "observer", "james.carter", "observationDate", "2025-09-01",
                "observationType", "full", "conferenceDate", "2025-09-03"));
        for (String key : BlueprintFacts.KEYS) {
            form.put(key, "planted");
        }
        form.put(BlueprintFacts.OBSERVER_USER_KEY, target.plugin().userKey(DemoSchool.COACH));
        form.put(BlueprintFacts.CONFERENCE_DATE, "2025-09-04");
        form.put(BlueprintFacts.ACTION_STEPS, "teacher\t" + target.plugin().userKey("sarah.johnson")
                + "\t2025-09-20\tPlanted step");

        // When
        HttpResponse<String> created = client.post("/sandbox/blueprint", form, DemoSchool.PRINCIPAL);

        // Then the page is registered from what the provider wrote, and nothing planted is stored
        assertEquals(created.body(), 302, created.statusCode());
        long pageId = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*pageId=", ""));
        StoredCycleRecord record = target.plugin().component(CycleRecordStore.class).find(pageId).orElseThrow().value();
        assertEquals(target.plugin().userKey("james.carter"), record.observerKey());
        assertEquals(Optional.of(LocalDate.of(2025, 9, 3)), record.dates().conferenceOn());
        assertEquals(target.plugin().userKey("david.kim"),
                target.plugin().component(ConversationStore.class).find(pageId).orElseThrow().value().teacherKey());
        assertEquals(List.of(), target.plugin().component(ActionStepStore.class).findOnPage(pageId));
    }

    @Test
    public void editorBlueprint_shouldRegisterThePage_whenItsDraftIsPublished_andNotBefore() {
        // Given the SPS wizard finished: the editor opens with the page, not yet published
        ConversationRepository conversations = target.plugin().component(ConversationRepository.class);
        long before = conversations.countConversations(DemoSchool.SPACE_KEY);
        Document editor = spsEditor("Winter 2026", DemoSchool.COACH);
        assertEquals("a draft is not a page", before, conversations.countConversations(DemoSchool.SPACE_KEY));

        // When the coach publishes it
        HttpResponse<String> published = client.post("/pages/createpage.action", editorForm(editor), DemoSchool.COACH);

        // Then the plugin's listener registered it, from the context the provider filled
        assertEquals(published.body(), 302, published.statusCode());
        long pageId = Long.parseLong(published.headers().firstValue("Location").orElseThrow().replaceAll(".*pageId=", ""));
        StoredConversation stored = target.plugin().component(ConversationStore.class).find(pageId).orElseThrow().value();
        assertEquals(ConversationType.SPS_REFLECTION, stored.type());
        assertEquals(target.plugin().userKey("ana.ruiz"), stored.teacherKey());
        assertEquals(before + 1, conversations.countConversations(DemoSchool.SPACE_KEY));
    }

    @Test
    public void blueprintDraft_shouldBePublishedOnce_andOnlyByItsCreator() {
        // Given
        Document editor = spsEditor("Summer 2026", DemoSchool.COACH);
        Map<String, String> form = editorForm(editor);

        // When
        HttpResponse<String> byAnotherUser = client.post("/pages/createpage.action", form, DemoSchool.PRINCIPAL);
        HttpResponse<String> first = client.post("/pages/createpage.action", form, DemoSchool.COACH);
        form.put("title", "Another title");
        HttpResponse<String> second = client.post("/pages/createpage.action", form, DemoSchool.COACH);
        form.put("draftId", "abc");
        HttpResponse<String> notANumber = client.post("/pages/createpage.action", form, DemoSchool.COACH);

        // Then
        assertEquals(404, byAnotherUser.statusCode());
        assertEquals(302, first.statusCode());
        assertEquals(404, second.statusCode());
        assertEquals(404, notANumber.statusCode());
        assertEquals(java.util.Optional.empty(), target.store().currentPageByTitle(DemoSchool.SPACE_KEY, "Another title"));
    }

    @Test
    public void blueprintDraft_shouldStayUnpublished_whenItsTitleIsRefused() {
        // Given
        Document editor = spsEditor("Autumn 2026", DemoSchool.COACH);
        Map<String, String> form = editorForm(editor);
        form.put("title", DemoSchool.STAFF_MEETING_TITLE);

        // When
        HttpResponse<String> refused = client.post("/pages/createpage.action", form, DemoSchool.COACH);
        form.put("title", "SPS reflection, autumn");
        HttpResponse<String> published = client.post("/pages/createpage.action", form, DemoSchool.COACH);

        // Then the editor shows the problem, keeps the draft, and publishing it then registers the page
        assertEquals(400, refused.statusCode());
        assertEquals(form.get("draftId"), html(refused).selectFirst("input[name=draftId]").val());
        assertEquals(302, published.statusCode());
        long pageId = Long.parseLong(published.headers().firstValue("Location").orElseThrow().replaceAll(".*pageId=", ""));
        assertTrue(target.plugin().component(ConversationStore.class).find(pageId).isPresent());
    }

    /** The editor the SPS wizard opens for this survey period, with the page it made and its draft. */
    static Document spsEditor(SandboxClient client, String surveyPeriod, String username) {
        Document wizard = html(client.get("/sandbox/blueprint?sandbox.item=coaching-sps-reflection-create-item"
                + "&sandbox.spaceKey=LINCOLN", username));
        HttpResponse<String> editor = client.post("/sandbox/blueprint", wizardForm(wizard, Map.of("teacher", "ana.ruiz",
                "surveyPeriod", surveyPeriod, "school", "Lincoln Elementary", "district", "Denver")), username);
        assertEquals(editor.body(), 200, editor.statusCode());
        return html(editor);
    }

    private static Document spsEditor(String surveyPeriod, String username) {
        return spsEditor(client, surveyPeriod, username);
    }

    /** What the editor's Publish button posts. */
    static Map<String, String> editorForm(Document editor) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        for (Element hidden : editor.select("form.sandbox-editor input[type=hidden]")) {
            form.put(hidden.attr("name"), hidden.val());
        }
        form.put("title", editor.selectFirst("#content-title").val());
        form.put("body", editor.selectFirst("#content-body").text());
        return form;
    }

    @Test
    public void restrictedPage_shouldBeHiddenFromEveryoneItDoesNotList() {
        // Given
        long notes = pageId(DemoSchool.ANA_NOTES_TITLE);
        String path = "/pages/viewpage.action?pageId=" + notes;

        // When
        HttpResponse<String> asTeacher = client.get(path, "david.kim");
        HttpResponse<String> asPrincipal = client.get(path, DemoSchool.PRINCIPAL);
        HttpResponse<String> asAna = client.get(path, "ana.ruiz");
        Document treeOfAnotherTeacher = html(client.get("/display/LINCOLN", "david.kim"));

        // Then
        assertEquals(404, asTeacher.statusCode());
        assertThat(asTeacher.body(), not(containsString("cold-call")));
        assertEquals(404, asPrincipal.statusCode());
        assertEquals(200, asAna.statusCode());
        assertThat(asAna.body(), containsString("cold-call cards"));
        assertThat(treeTitles(html(asAna)), hasItem(DemoSchool.ANA_NOTES_TITLE));
        assertThat(treeTitles(treeOfAnotherTeacher), not(hasItem(DemoSchool.ANA_NOTES_TITLE)));
    }

    @Test
    public void trash_shouldHideAPageUntilItIsRestored() {
        // Given
        long pageId = client.createPage(DemoSchool.COACH, "LINCOLN", "Draft agenda", "<p>Draft</p>");
        String view = "/pages/viewpage.action?pageId=" + pageId;

        // When moved to the trash
        client.post("/pages/trashpage.action", Map.of("pageId", String.valueOf(pageId)), DemoSchool.COACH);

        // Then
        assertEquals(404, client.get(view, DemoSchool.COACH).statusCode());
        Document trash = html(client.get("/pages/trash.action?spaceKey=LINCOLN", DemoSchool.COACH));
        assertThat(trash.select("main td").eachText(), hasItem("Draft agenda"));

        // When restored
        client.post("/pages/restore.action", Map.of("pageId", String.valueOf(pageId)), DemoSchool.COACH);

        // Then
        assertEquals(200, client.get(view, DemoSchool.COACH).statusCode());
    }

    @Test
    public void trash_shouldTellThePluginsListeners_soThatThePagesActionStepsFollowThePage() {
        // Given a page with an action step the plugin stored
        long pageId = client.createPage(DemoSchool.COACH, "LINCOLN", "Cycle with steps", "<p>Steps</p>");
        ActionStepStore steps = target.plugin().component(ActionStepStore.class);
        steps.addToPage(pageId, List.of(anActionStep().withId(ActionStep.UNSAVED_ID).onPage(pageId)
                .inSpace("LINCOLN").build()));

        // When the page goes to the trash, then comes back
        client.post("/pages/trashpage.action", Map.of("pageId", String.valueOf(pageId)), DemoSchool.COACH);
        int whileTrashed = steps.findOnPage(pageId).size();
        client.post("/pages/restore.action", Map.of("pageId", String.valueOf(pageId)), DemoSchool.COACH);

        // Then
        assertEquals(0, whileTrashed);
        assertEquals(1, steps.findOnPage(pageId).size());
    }

    @Test
    public void purge_shouldDeleteATrashedPageForGood() {
        // Given
        long pageId = client.createPage(DemoSchool.COACH, "LINCOLN", "Old timetable", "<p>Old</p>");
        client.post("/pages/trashpage.action", Map.of("pageId", String.valueOf(pageId)), DemoSchool.COACH);

        // When
        client.post("/pages/purge.action", Map.of("pageId", String.valueOf(pageId)), DemoSchool.COACH);

        // Then
        assertTrue(target.store().page(pageId).isEmpty());
        Document trash = html(client.get("/pages/trash.action?spaceKey=LINCOLN", DemoSchool.COACH));
        assertThat(trash.select("main td").eachText(), not(hasItem("Old timetable")));
    }

    @Test
    public void edit_shouldSaveANewVersion_andRefuseAStaleOne() {
        // Given
        long pageId = client.createPage(DemoSchool.COACH, "LINCOLN", "Reading groups", "<p>Blue group</p>");

        // When
        HttpResponse<String> first = client.post("/pages/editpage.action", Map.of("pageId", String.valueOf(pageId),
                "version", "1", "title", "Reading groups", "body", "<p>Blue and red groups</p>"), "ana.ruiz");
        HttpResponse<String> stale = client.post("/pages/editpage.action", Map.of("pageId", String.valueOf(pageId),
                "version", "1", "title", "Reading groups", "body", "<p>Overwritten</p>"), "david.kim");

        // Then
        assertEquals(302, first.statusCode());
        assertEquals(400, stale.statusCode());
        assertThat(html(stale).selectFirst(".aui-message-error").text(), containsString("Someone saved version 2"));
        Document view = html(client.get("/pages/viewpage.action?pageId=" + pageId, DemoSchool.COACH));
        assertEquals("Blue and red groups", view.selectFirst("#main-content-body").text());
        assertThat(view.selectFirst(".sandbox-byline").text(), containsString("Version 2 \u00B7 last edited by Ana Ruiz"));
    }

    @Test
    public void create_shouldExplainAMissingTitle() {
        // When
        HttpResponse<String> response = client.post("/pages/createpage.action",
                Map.of("spaceKey", "LINCOLN", "title", " ", "body", "<p>x</p>"), DemoSchool.COACH);

        // Then
        assertEquals(400, response.statusCode());
        assertThat(html(response).selectFirst(".aui-message-error").text(), containsString("Title: a page needs a title"));
    }

    @Test
    public void switchUser_shouldRememberTheChosenUser() {
        // When
        HttpResponse<String> response = client.post("/sandbox/switch-user",
                Map.of("username", "james.carter", "returnTo", "/confluence/display/LINCOLN"), null);

        // Then
        assertEquals(302, response.statusCode());
        assertEquals("/confluence/display/LINCOLN", response.headers().firstValue("Location").orElse(""));
        assertThat(response.headers().allValues("Set-Cookie").get(0), containsString("sandbox.user=james.carter"));
    }

    @Test
    public void download_shouldServeDeclaredResourcesOnly() {
        // When
        HttpResponse<String> image = client.get("/download/resources/org.coachingconversations.coaching-conversations"
                + "/images/coaching-logo.png", null);
        HttpResponse<String> undeclared = client.get("/download/resources/org.coachingconversations.coaching-conversations"
                + "/quality/conversation-qualities.vm", null);
        HttpResponse<String> escaping = client.get("/download/resources/org.coachingconversations.coaching-conversations"
                + "/images/%2e%2e/atlassian-plugin.xml", null);

        // Then
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, undeclared.statusCode());
        assertThat(escaping.statusCode(), not(200));
    }

    @Test
    public void postFromAnotherSite_shouldBeRefused() {
        // Given
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(target.baseUri() + "/sandbox/switch-user"))
                .header("Origin", "http://attacker.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=james.carter")).build();

        // When
        int status = send(request);

        // Then
        assertEquals(403, status);
    }

    @Test
    public void editPermission_shouldFollowThePagesEditRestrictions() {
        // Given a page every teacher may view but only Ana and the coach may edit
        long pageId = client.createPage(DemoSchool.COACH, DemoSchool.SPACE_KEY, "Edit restricted notes",
                "<p>Notes</p>");
        target.store().setEditRestrictions(pageId, List.of(Restriction.user("ana.ruiz"),
                Restriction.user(DemoSchool.COACH)));

        // When
        HttpResponse<String> viewedByDavid = client.get("/pages/viewpage.action?pageId=" + pageId, "david.kim");
        HttpResponse<String> editFormForDavid = client.get("/pages/editpage.action?pageId=" + pageId, "david.kim");
        HttpResponse<String> saveByDavid = client.post("/pages/editpage.action", Map.of("pageId",
                String.valueOf(pageId), "title", "Taken over", "body", "<p>Mine</p>", "version", "1"), "david.kim");
        HttpResponse<String> viewedByAna = client.get("/pages/viewpage.action?pageId=" + pageId, "ana.ruiz");

        // Then David may read it but not edit it, and nothing changed
        assertEquals(200, viewedByDavid.statusCode());
        assertTrue(html(viewedByDavid).select("a[href*=editpage.action]").isEmpty());
        assertEquals(403, editFormForDavid.statusCode());
        assertEquals(403, saveByDavid.statusCode());
        assertEquals("Edit restricted notes", target.store().page(pageId).orElseThrow().title());
        assertTrue(!html(viewedByAna).select("a[href*=editpage.action]").isEmpty());
    }

    @Test
    public void server_shouldListenOnTheLoopbackAddressOnly() throws Exception {
        // Then
        assertEquals("127.0.0.1", target.boundHost());
        for (java.net.NetworkInterface network : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (java.net.InetAddress address : java.util.Collections.list(network.getInetAddresses())) {
                if (!address.isLoopbackAddress() && address instanceof java.net.Inet4Address) {
                    try (java.net.Socket socket = new java.net.Socket()) {
                        socket.connect(new java.net.InetSocketAddress(address, target.port()), 2000);
                        throw new AssertionError("The sandbox answered on " + address);
                    } catch (java.io.IOException expected) {
                        // refused: nothing listens there
                    }
                }
            }
        }
    }

    private static int send(java.net.http.HttpRequest request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The wizard form's hidden fields plus the values typed. */
    static Map<String, String> wizardForm(Document wizard, Map<String, String> typed) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        for (Element hidden : wizard.select("form input[type=hidden]")) {
            form.put(hidden.attr("name"), hidden.val());
        }
        form.putAll(typed);
        return form;
    }

    private static long pageId(String title) {
        return target.store().currentPageByTitle(DemoSchool.SPACE_KEY, title).orElseThrow().id();
    }

    static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    static List<String> treeTitles(Document page) {
        return page.select(".sandbox-page-tree a").stream().map(Element::text).collect(Collectors.toList());
    }

    /**
     * Creates a Cycle Record in LINCOLN through the wizard, as the observer (observed 2025-09-08, full observation,
     * post-conference 2025-09-10), and returns its page id.
     */
    static long createCycleRecord(SandboxClient client, String observer, String teacher) {
        var wizard = html(client.get("/sandbox/blueprint?sandbox.item=coaching-cycle-record-create-item"
                + "&sandbox.spaceKey=LINCOLN", observer));
        HttpResponse<String> created = client.post("/sandbox/blueprint", wizardForm(wizard, Map.of(
                "teacher", teacher, "observer", observer, "observationDate", "2025-09-08",
                "observationType", "full", "conferenceDate", "2025-09-10")), observer);
        assertEquals(created.body(), 302, created.statusCode());
        return Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*pageId=", ""));
    }
}
