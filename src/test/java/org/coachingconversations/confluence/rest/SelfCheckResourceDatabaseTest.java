package org.coachingconversations.confluence.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.sal.api.ApplicationProperties;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.application.quality.RecordSelfCheck;
import org.coachingconversations.application.quality.ShowSelfCheck;
import org.coachingconversations.confluence.rest.RestResponses.RestError;
import org.coachingconversations.confluence.rest.SelfCheckResource.SelfCheckJson;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.quality.QualitySelfCheck;
import org.coachingconversations.persistence.conversation.AoConversationPageData;
import org.coachingconversations.persistence.conversation.AoConversationRepository;
import org.coachingconversations.persistence.quality.AoSelfCheckStore;
import org.coachingconversations.testing.access.GrantedPagePermissions;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.ao.PluginTables;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.testing.i18n.ReaderLanguages;
import java.util.Locale;
import org.coachingconversations.testing.sal.TestUsers;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * Every answer of the self-check resource, with the real stores on a real database: 200, 401, 404 (no page, a page
 * the caller may not view, a page without self-check, a page in the trash — one body for all), 403, 400 naming the
 * field, 409 with who saved and the fresh state. Only the host's permission check and its users are stand-ins.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(PluginTables.class)
public class SelfCheckResourceDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:12:00Z");
    private static final long CONVERSATION = 100;
    private static final long CYCLE_RECORD = 150;
    private static final long RESTRICTED = 200;
    private static final String ANA = "ff8080819a0000000000000000000001";
    private static final String MARIA = "ff8080819a0000000000000000000002";
    private static final String JAMES = "ff8080819a0000000000000000000003";
    private static final String DAVID = "ff8080819a0000000000000000000004";
    private static final String SARAH = "ff8080819a0000000000000000000005";

    private EntityManager entityManager;
    private final TestUsers users = new TestUsers();
    private final GrantedPagePermissions permissions = new GrantedPagePermissions();
    private AoConversationRepository conversations;
    private AoConversationPageData conversationPages;
    private AoSelfCheckStore selfChecks;
    private final ReaderLanguages languages = ReaderLanguages.reading(Locale.ENGLISH);
    private SelfCheckResource target;

    @Before
    public void setUp() {
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        conversations = new AoConversationRepository(activeObjects);
        conversationPages = new AoConversationPageData(activeObjects);
        selfChecks = new AoSelfCheckStore(activeObjects);
        ApplicationProperties application = mode -> "/confluence";
        target = new SelfCheckResource(users, languages.i18n(), application,
                new ShowSelfCheck(conversations, selfChecks, permissions),
                new RecordSelfCheck(conversations, selfChecks, permissions, Clock.fixed(NOW, ZoneOffset.UTC)),
                new ReaderDates(languages));
        users.add(ANA, "ana.ruiz", "Ana Ruiz").add(MARIA, "maria.lopez", "Maria Lopez")
                .add(JAMES, "james.carter", "James Carter").add(DAVID, "david.kim", "David Kim")
                .add(SARAH, "sarah.johnson", "Sarah Johnson");
        conversations.register(conversation(CONVERSATION, ConversationType.COACHING_CONVERSATION));
        conversations.register(conversation(CYCLE_RECORD, ConversationType.CYCLE_RECORD));
        conversations.register(conversation(RESTRICTED, ConversationType.VIDEO_COACHING_CYCLE));
        // James edits the conversation page; David may only view it; Sarah sees neither page.
        permissions.allowView(CONVERSATION, ANA, MARIA, DAVID).allowEdit(CONVERSATION, JAMES)
                .allowEdit(CYCLE_RECORD, ANA, MARIA, JAMES).allowView(RESTRICTED, MARIA);
    }

    private static StoredConversation conversation(long pageId, ConversationType type) {
        return new StoredConversation(pageId, "LINCOLN", type, ANA, Optional.of(MARIA), LocalDate.of(2026, 12, 1),
                Optional.empty(), Optional.empty());
    }

    private Response get(String caller, String pageId) {
        users.actAs(caller);
        return target.get(pageId);
    }

    private Response put(String caller, long pageId, String body) {
        users.actAs(caller);
        return target.put(Long.toString(pageId), body);
    }

    private static SelfCheckJson json(Response response) {
        assertEquals(200, response.getStatus());
        return (SelfCheckJson) response.getEntity();
    }

    private static RestError error(Response response, int status) {
        assertEquals(status, response.getStatus());
        return (RestError) response.getEntity();
    }

    @Test
    public void get_shouldAnswer200WithTheSevenQualities_beforeTheFirstSave() {
        // When
        SelfCheckJson shown = json(get(ANA, "100"));

        // Then
        assertEquals(100, shown.pageId());
        assertNull(shown.version());
        assertTrue(shown.canSave());
        assertEquals(List.of(), shown.present());
        assertEquals(7, shown.qualities().size());
        assertEquals("Substantive", shown.qualities().get(0).name());
        assertNull(shown.lastSaved());
    }

    @Test
    public void put_shouldSaveTheCoachsTicksAndNotes_andGetShouldShowThemToAViewerWhoMayNotSave() {
        // When
        SelfCheckJson saved = json(put(MARIA, CONVERSATION,
                "{\"present\": [\"substantive\", \"lead-to-action\"], \"notes\": {\"substantive\": \"Exit tickets\"}}"));
        SelfCheckJson forDavid = json(get(DAVID, "100"));

        // Then
        assertEquals(Long.valueOf(0), saved.version());
        assertEquals(List.of("substantive", "lead-to-action"), forDavid.present());
        assertEquals(Map.of("substantive", "Exit tickets"), forDavid.notes());
        assertFalse(forDavid.canSave());
        assertEquals("Maria Lopez", forDavid.lastSaved().by().displayName());
        assertEquals("maria.lopez", forDavid.lastSaved().by().username());
        assertEquals("/confluence/display/~maria.lopez", forDavid.lastSaved().by().profileUrl());
        assertEquals("2026-12-03T10:12:00Z", forDavid.lastSaved().at());
        assertEquals("Dec 3, 2026, 10:12 AM UTC", forDavid.lastSaved().atLabel());
        languages.reader(ReaderLanguages.SPANISH);
        SelfCheckJson forASpanishReader = json(get(DAVID, "100"));
        assertEquals("2026-12-03T10:12:00Z", forASpanishReader.lastSaved().at());
        assertEquals("3 dic 2026 10:12 UTC", forASpanishReader.lastSaved().atLabel());
    }

    @Test
    public void put_shouldLetTheTeacherAndAnEditorChangeIt_fromTheVersionTheySaw() {
        // Given
        json(put(MARIA, CONVERSATION, "{\"present\": [\"substantive\"]}"));

        // When
        SelfCheckJson byAna = json(put(ANA, CONVERSATION, "{\"version\": 0, \"present\": [\"non-defensive\"]}"));
        SelfCheckJson byJames = json(put(JAMES, CONVERSATION, "{\"version\": 1, \"present\": []}"));

        // Then
        assertEquals(List.of(1L, 2L), List.of(byAna.version(), byJames.version()));
        assertEquals(List.of(), json(get(DAVID, "100")).present());
        assertEquals("James Carter", byJames.lastSaved().by().displayName());
    }

    @Test
    public void get_and_put_shouldAnswer401_whenNobodyIsSignedIn() {
        // When / Then
        assertEquals("Sign in to use this.", error(get(null, "100"), 401).message());
        assertEquals(401, put(null, CONVERSATION, "{}").getStatus());
    }

    @Test
    public void get_and_put_shouldAnswerTheSame404_forEveryPageWithoutASelfCheckTheCallerMaySee() {
        // Given
        json(put(MARIA, RESTRICTED, "{\"present\": [\"substantive\"]}"));
        json(put(MARIA, CONVERSATION, "{\"present\": [\"substantive\"]}"));
        conversationPages.pageTrashed(CONVERSATION);
        selfChecks.pageTrashed(CONVERSATION);

        // When
        List<Response> answers = List.of(get(SARAH, "200"), get(ANA, "200"), get(ANA, "150"), get(ANA, "999"),
                get(ANA, "abc"), get(ANA, "-1"), get(ANA, "100"), put(SARAH, RESTRICTED, "not even json"),
                put(ANA, CYCLE_RECORD, "{}"), put(MARIA, CONVERSATION, "{}"), put(ANA, 999, "{}"));

        // Then
        for (Response answer : answers) {
            RestError body = error(answer, 404);
            assertEquals(new RestError(404, "Not found.", null, null), body);
        }
    }

    @Test
    public void put_shouldAnswer403SayingWhoMay_forAViewerWhoIsNeitherParticipantNorEditor_beforeReadingTheBody() {
        // When
        RestError refused = error(put(DAVID, CONVERSATION, "{\"present\": [\"substantive\"]}"), 403);
        RestError refusedBadBody = error(put(DAVID, CONVERSATION, "{{{"), 403);

        // Then
        assertEquals("Only the conversation's teacher and coach, and people who may edit the page, may save its "
                + "conversation-quality self-check.", refused.message());
        assertEquals(refused, refusedBadBody);
        assertEquals(Optional.empty(), selfChecks.find(CONVERSATION));
    }

    @Test
    public void put_shouldAnswer400NamingTheField_forEveryKindOfBadInput_andSaveNothing() {
        // Given
        String tooLong = "x".repeat(QualitySelfCheck.NOTE_MAX_LENGTH + 1);
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("{\"present\": [\"charm\"]}", "present");
        bodies.put("{\"present\": \"substantive\"}", "present");
        bodies.put("{\"present\": [1]}", "present");
        bodies.put("{\"notes\": {\"charm\": \"x\"}}", "notes");
        bodies.put("{\"notes\": [\"x\"]}", "notes");
        bodies.put("{\"notes\": {\"substantive\": 5}}", "notes");
        bodies.put("{\"notes\": {\"lead-to-action\": \"" + tooLong + "\"}}", "notes.lead-to-action");
        bodies.put("{\"notes\": {\"non-defensive\": \"bell \\u0007\"}}", "notes.non-defensive");
        bodies.put("{\"version\": 0}", "version");
        bodies.put("{\"version\": \"0\"}", "version");
        bodies.put("{\"version\": 1.5}", "version");
        bodies.put("{\"version\": -1}", "version");
        bodies.put("{\"present\": [\"substantive\"", "body");
        bodies.put("", "body");
        bodies.put("[]", "body");
        bodies.put("{\"present\": [], \"present\": []}", "body");
        bodies.put("{} trailing", "body");

        // When / Then
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            RestError refused = error(put(MARIA, CONVERSATION, body.getKey()), 400);
            assertEquals(body.getKey(), body.getValue(), refused.field());
            assertFalse(body.getKey(), refused.message().isBlank());
        }
        assertEquals(Optional.empty(), selfChecks.find(CONVERSATION));
    }

    @Test
    public void put_shouldAnswer400ForTheVersion_whenAChangeNamesNone() {
        // Given
        json(put(MARIA, CONVERSATION, "{\"present\": [\"substantive\"]}"));

        // When
        RestError refused = error(put(ANA, CONVERSATION, "{\"present\": []}"), 400);

        // Then
        assertEquals("version", refused.field());
        assertEquals("Maria Lopez saved this conversation-quality self-check at Dec 3, 2026, 10:12 AM UTC; nothing of "
                + "yours was saved. Reload the page to see it, then save again: a change names the version it started "
                + "from (now 0).", refused.message());
        assertEquals(List.of("substantive"), json(get(ANA, "100")).present());
    }

    @Test
    public void put_shouldAnswer409SayingWhoSavedAndWhen_withTheFreshState_forAStaleVersion() {
        // Given
        json(put(MARIA, CONVERSATION, "{\"present\": [\"substantive\"]}"));
        json(put(JAMES, CONVERSATION, "{\"version\": 0, \"present\": [\"lead-to-action\"], "
                + "\"notes\": {\"lead-to-action\": \"Two steps with dates\"}}"));

        // When
        RestError conflict = error(put(ANA, CONVERSATION, "{\"version\": 0, \"present\": []}"), 409);

        // Then
        assertEquals("James Carter saved this conversation-quality self-check at Dec 3, 2026, 10:12 AM UTC, after you "
                + "loaded it; nothing of yours was saved. Reload the page to see their ticks and notes, then save "
                + "again.", conflict.message());
        SelfCheckJson current = (SelfCheckJson) conflict.current();
        assertEquals(Long.valueOf(1), current.version());
        assertEquals(List.of("lead-to-action"), current.present());
        assertTrue(current.canSave());
        assertEquals(List.of("lead-to-action"), json(get(ANA, "100")).present());
    }

    @Test
    public void put_shouldAnswer404_whenOnlyTheSelfCheckIsInTheTrash() {
        // Given a self-check that went to the trash while its conversation did not (a store that missed an event)
        json(put(MARIA, CONVERSATION, "{\"present\": [\"substantive\"]}"));
        selfChecks.pageTrashed(CONVERSATION);

        // When
        Response answer = put(MARIA, CONVERSATION, "{\"present\": []}");

        // Then
        assertEquals(new RestError(404, "Not found.", null, null), error(answer, 404));
    }

    @Test
    public void put_shouldKeepHostileNotesAsTypedText() {
        // Given
        String hostile = "<script>alert(1)</script>\"'><ac:structured-macro ac:name=\"html\"/>&amp;";

        // When
        json(put(MARIA, CONVERSATION, "{\"notes\": {\"substantive\": \"" + hostile.replace("\"", "\\\"") + "\"}}"));

        // Then
        assertEquals(Map.of("substantive", hostile), json(get(DAVID, "100")).notes());
    }
}
