package org.coachingconversations.sandbox;

import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** What the data directory keeps across restarts, and what {@code --reset} puts back. */
public class SandboxRestartTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private Sandbox target;

    @After
    public void stop() {
        if (target != null) {
            target.close();
        }
    }

    @Test
    public void restart_shouldKeepPagesCreatedBefore() throws Exception {
        // Given a page created in a sandbox that was then stopped
        Path data = folder.newFolder("data").toPath();
        target = Sandbox.start(new SandboxOptions(0, data, false), SandboxTest.CLOCK);
        long pageId = new SandboxClient(target).createPage(DemoSchool.COACH, "LINCOLN", "Planning notes",
                "<p>Bring the exit tickets.</p>");
        target.close();

        // When started again on the same data
        target = Sandbox.start(new SandboxOptions(0, data, false), SandboxTest.CLOCK);

        // Then
        String page = new SandboxClient(target).get("/pages/viewpage.action?pageId=" + pageId, DemoSchool.COACH).body();
        assertThat(page, containsString("Planning notes"));
        assertThat(page, containsString("Bring the exit tickets."));
        assertEquals("the demo school is not seeded twice", 1, target.store().spaces().size());
    }

    @Test
    public void restart_shouldKeepABlueprintDraftWithItsContext_andRegisterThePageWhenItIsPublished() throws Exception {
        // Given the SPS wizard finished, its editor still open, when the sandbox is stopped
        Path data = folder.newFolder("data").toPath();
        target = Sandbox.start(new SandboxOptions(0, data, false), SandboxTest.CLOCK);
        Map<String, String> editor = SandboxTest.editorForm(SandboxTest.spsEditor(new SandboxClient(target),
                "Spring 2026", DemoSchool.COACH));
        target.close();

        // When started again on the same data and the draft is published
        target = Sandbox.start(new SandboxOptions(0, data, false), SandboxTest.CLOCK);
        HttpResponse<String> published = new SandboxClient(target).post("/pages/createpage.action", editor,
                DemoSchool.COACH);

        // Then the page is registered from the context kept with the draft
        assertEquals(published.body(), 302, published.statusCode());
        long pageId = Long.parseLong(published.headers().firstValue("Location").orElseThrow().replaceAll(".*pageId=", ""));
        StoredConversation stored = target.plugin().component(ConversationStore.class).find(pageId).orElseThrow().value();
        assertEquals(ConversationType.SPS_REFLECTION, stored.type());
        assertEquals(target.plugin().userKey("ana.ruiz"), stored.teacherKey());
    }

    @Test
    public void reset_shouldRestoreTheDemoSchool() throws Exception {
        // Given a sandbox whose data holds a page of its own
        Path data = folder.newFolder("data").toPath();
        target = Sandbox.start(new SandboxOptions(0, data, false), SandboxTest.CLOCK);
        long pageId = new SandboxClient(target).createPage(DemoSchool.COACH, "LINCOLN", "Scratch", "<p>x</p>");
        target.close();

        // When started with --reset
        target = Sandbox.start(SandboxOptions.parse("--port", "0", "--data", data.toString(), "--reset"),
                SandboxTest.CLOCK);

        // Then
        SandboxClient client = new SandboxClient(target);
        assertEquals(404, client.get("/pages/viewpage.action?pageId=" + pageId, DemoSchool.COACH).statusCode());
        assertTrue(target.store().currentPageByTitle("LINCOLN", DemoSchool.STAFF_MEETING_TITLE).isPresent());
        assertEquals("five people of the school and its site administrator", 6, target.store().users().size());
    }

    @Test
    public void reset_shouldRefuseToDeleteADirectoryTheSandboxDidNotMake() throws Exception {
        // Given
        Path elsewhere = folder.newFolder("documents").toPath();
        Files.writeString(elsewhere.resolve("report.txt"), "keep me");

        // When
        try {
            target = Sandbox.start(new SandboxOptions(0, elsewhere, true), SandboxTest.CLOCK);
            fail("--reset deleted a directory without the sandbox marker");
        } catch (IllegalStateException e) {
            // Then
            assertThat(e.getMessage(), containsString("is not a sandbox data directory"));
        }
        assertTrue(Files.exists(elsewhere.resolve("report.txt")));
    }

    @Test
    public void start_shouldExplainThatTheDataIsInUse_whenAnotherSandboxHasIt() throws Exception {
        // Given
        Path data = folder.newFolder("data").toPath();
        target = Sandbox.start(new SandboxOptions(0, data, false), SandboxTest.CLOCK);

        // When
        try (Sandbox second = Sandbox.start(new SandboxOptions(0, data, false), SandboxTest.CLOCK)) {
            fail("Two sandboxes ran on one data directory");
        } catch (IllegalStateException e) {
            // Then
            assertThat(e.getMessage(), containsString("in use by another sandbox"));
        }
    }
}
