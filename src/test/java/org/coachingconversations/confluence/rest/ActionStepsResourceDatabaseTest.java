package org.coachingconversations.confluence.rest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.sal.api.ApplicationProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.application.actionstep.EditActionSteps;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.actionstep.ChangedBy;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.persistence.actionstep.AoActionStepRepository;
import org.coachingconversations.persistence.conversation.AoConversationRepository;
import org.coachingconversations.persistence.settings.AoSpaceSettingsRepository;
import org.coachingconversations.persistence.transaction.AoUnitOfWork;
import org.coachingconversations.platform.SalUserDirectory;
import org.coachingconversations.testing.rest.JacksonProviders;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.ao.PluginTables;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.testing.i18n.ReaderLanguages;
import java.util.Locale;
import org.coachingconversations.testing.sal.FixedTimeZoneManager;
import org.coachingconversations.testing.sal.TestUsers;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The action-steps API, resource by resource, over the real use case, stores and unit of work on a real database,
 * with the JSON Jackson writes. Only the host's page permissions are a stand-in (who may view and edit which page).
 * One test per answer: 200, 201, 204, 400 for each field, 401, 403, 404 (missing page, unviewable page, missing
 * step, step on an unviewable page, all one body) and 409; after every refusal nothing has changed.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(PluginTables.class)
public class ActionStepsResourceDatabaseTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final String SPACE = "LINCOLN";
    /** 17:12 UTC is 10:12 in Denver, where the school is. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T17:12:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static final String ANA = "8a7f808a6a0f1c2d";
    private static final String TERESA = "8a7f808a6a0f1c3e";
    private static final String BEN = "8a7f808a6a0f1c4f";
    private static final String OLU = "8a7f808a6a0f1c5a";

    private static final long RECORD = 150;
    private static final long OTHER_TEAM = 400;
    private static final long NOWHERE = 999;
    private static final String HOSTILE = "<script>alert(1)</script> \"><img src=x onerror=alert(2)>"
            + " <ac:structured-macro ac:name=\"html\"><ac:plain-text-body><![CDATA[<b>x</b>]]></ac:plain-text-body>"
            + "</ac:structured-macro> & 'quotes'";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The host's JSON reader: Jackson 2, as Confluence's REST module and the sandbox's Jersey use it. */
    private static final Providers HOST_JSON = new JacksonProviders(JSON);

    private EntityManager entityManager;
    private AoActionStepRepository steps;
    private AoConversationRepository conversations;
    private final TestUsers users = new TestUsers();
    private final Permissions permissions = new Permissions();
    private final ReaderLanguages languages = ReaderLanguages.reading(Locale.ENGLISH);
    private PageActionStepsResource pageSteps;
    private ActionStepResource target;
    private long teresasStep;
    private long anasStep;
    private long otherTeamsStep;

    @Before
    public void setUp() {
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        steps = new AoActionStepRepository(activeObjects);
        conversations = new AoConversationRepository(activeObjects);
        AoSpaceSettingsRepository settings = new AoSpaceSettingsRepository(activeObjects,
                new FixedTimeZoneManager(DENVER));
        EditActionSteps useCase = new EditActionSteps(steps, conversations, new AoUnitOfWork(activeObjects), settings,
                permissions, new SalUserDirectory(users), CLOCK);
        ApplicationProperties application = mode -> "/confluence";
        pageSteps = new PageActionStepsResource(useCase, users, languages.i18n(), application,
                new ReaderDates(languages));
        target = new ActionStepResource(useCase, users, languages.i18n(), application, new ReaderDates(languages));

        users.add(ANA, "aruiz", "Ana Ruiz").add(TERESA, "tmorales", "Teresa Morales").add(BEN, "bcole", "Ben Cole")
                .add(OLU, "oadeyemi", "Olu Adeyemi");
        conversations.register(conversation(RECORD, TERESA));
        conversations.register(conversation(OTHER_TEAM, OLU));
        List<Versioned<ActionStep>> added = steps.addToPage(RECORD, List.of(
                ActionStep.open(RECORD, SPACE, TERESA, ParticipantRole.TEACHER, "Try exit tickets daily",
                        TODAY.plusDays(2)),
                ActionStep.open(RECORD, SPACE, ANA, ParticipantRole.OBSERVER, "Share the questioning video", null)));
        teresasStep = added.get(0).value().id();
        anasStep = added.get(1).value().id();
        otherTeamsStep = steps.addToPage(OTHER_TEAM, List.of(ActionStep.open(OTHER_TEAM, SPACE, OLU,
                ParticipantRole.TEACHER, "Visit a colleague's class", null))).get(0).value().id();
        // Ana (observer) edits the record; Teresa (its teacher) and Ben (a leader) may only view it; Olu's record is
        // restricted to Olu.
        permissions.view(ANA, RECORD).edit(ANA, RECORD).view(TERESA, RECORD).view(BEN, RECORD)
                .view(OLU, OTHER_TEAM).edit(OLU, OTHER_TEAM);
    }

    // ------------------------------------------------------------------ GET /pages/{pageId}/action-steps

    @Test
    public void list_shouldAnswer200WithEveryStepAndWhatTheCallerMayDo_forTheStepsOwner() throws Exception {
        // Given
        users.signIn(TERESA);

        // When
        Response response = pageSteps.list("150");

        // Then
        assertEquals(200, response.getStatus());
        JsonNode body = json(response);
        assertEquals(150, body.get("pageId").asLong());
        assertFalse("Teresa may not edit the page", body.get("canAdd").asBoolean());
        JsonNode own = body.get("steps").get(0);
        assertEquals(teresasStep, own.get("id").asLong());
        assertEquals(150, own.get("pageId").asLong());
        assertEquals(0, own.get("version").asLong());
        assertEquals("Try exit tickets daily", own.get("text").asText());
        assertEquals("teacher", own.get("role").asText());
        assertEquals("Teacher", own.get("roleLabel").asText());
        assertEquals(JSON.readTree("{\"username\":\"tmorales\",\"displayName\":\"Teresa Morales\","
                + "\"profileUrl\":\"/confluence/display/~tmorales\"}"), own.get("owner"));
        assertEquals("2026-12-05", own.get("dueOn").asText());
        assertEquals("Dec 5, 2026", own.get("dueOnLabel").asText());
        assertEquals("open", own.get("status").asText());
        assertEquals("Open", own.get("statusLabel").asText());
        assertEquals("due-soon", own.get("dueState").asText());
        assertEquals("Due soon", own.get("dueStateLabel").asText());
        assertTrue("her own step", own.get("canChange").asBoolean());
        assertTrue(own.get("lastChange").isNull());
        JsonNode anas = body.get("steps").get(1);
        assertFalse("Ana's step", anas.get("canChange").asBoolean());
        assertTrue(anas.get("dueOn").isNull());
        assertEquals("No due date", anas.get("dueOnLabel").asText());
        assertTrue(anas.get("dueState").isNull());
        assertFalse("no user key leaves the server", response.getEntity().toString().contains(TERESA));
        assertFalse(JSON.writeValueAsString(response.getEntity()).contains(TERESA));
        languages.reader(ReaderLanguages.SPANISH);
        JsonNode forASpanishReader = json(pageSteps.list("150")).get("steps").get(0);
        assertEquals("2026-12-05", forASpanishReader.get("dueOn").asText());
        assertEquals("5 dic 2026", forASpanishReader.get("dueOnLabel").asText());
    }

    @Test
    public void list_shouldLetAPageEditorAddAndChangeEveryStep() throws Exception {
        // Given
        users.signIn(ANA);

        // When
        JsonNode body = json(pageSteps.list("150"));

        // Then
        assertTrue(body.get("canAdd").asBoolean());
        assertTrue(body.get("steps").get(0).get("canChange").asBoolean());
        assertTrue(body.get("steps").get(1).get("canChange").asBoolean());
    }

    @Test
    public void list_shouldAnswer401_whenNobodyIsSignedIn() throws Exception {
        // When
        Response response = pageSteps.list("150");

        // Then
        assertEquals(401, response.getStatus());
        assertArrayEquals(bytes(RestResponses.unauthorized()), bytes(response));
    }

    @Test
    public void list_shouldAnswerTheSame404ByteForByte_forAMissingPageAndAPageTheCallerMayNotView() throws Exception {
        // Given
        users.signIn(TERESA);

        // When
        Response missing = pageSteps.list(String.valueOf(NOWHERE));
        Response restricted = pageSteps.list(String.valueOf(OTHER_TEAM));
        Response notAnId = pageSteps.list("150abc");

        // Then
        assertEquals(404, missing.getStatus());
        assertEquals(404, restricted.getStatus());
        assertEquals(404, notAnId.getStatus());
        assertArrayEquals(bytes(missing), bytes(restricted));
        assertArrayEquals(bytes(missing), bytes(notAnId));
        assertArrayEquals(bytes(RestResponses.notFound()), bytes(restricted));
    }

    @Test
    public void list_shouldAnswer404_whenThePermissionCheckFails() throws Exception {
        // Given
        users.signIn(ANA);
        permissions.failing = true;

        // When
        Response response = pageSteps.list("150");

        // Then
        assertArrayEquals(bytes(RestResponses.notFound()), bytes(response));
    }

    // ------------------------------------------------------------------ POST /pages/{pageId}/action-steps

    @Test
    public void add_shouldAnswer201WithTheNewStep_andStoreIt_forAPageEditor() throws Exception {
        // Given
        users.signIn(ANA);

        // When
        Response response = add("150", new ActionStepsJson.NewStep("  Observe a math lesson  ", "tmorales",
                "coach", "2026-12-10"));

        // Then
        assertEquals(201, response.getStatus());
        JsonNode step = json(response);
        assertEquals("Observe a math lesson", step.get("text").asText());
        assertEquals("coach", step.get("role").asText());
        assertEquals("tmorales", step.get("owner").get("username").asText());
        assertEquals("2026-12-10", step.get("dueOn").asText());
        assertEquals(0, step.get("version").asLong());
        assertEquals(JSON.readTree("{\"by\":{\"username\":\"aruiz\",\"displayName\":\"Ana Ruiz\","
                + "\"profileUrl\":\"/confluence/display/~aruiz\"},\"at\":\"2026-12-03T17:12:00Z\"}"),
                step.get("lastChange"));
        ActionStep stored = steps.find(step.get("id").asLong()).orElseThrow().value();
        assertEquals(Optional.of(TERESA), stored.ownerKey());
        assertEquals(ParticipantRole.COACH, stored.role());
        assertEquals(3, steps.findOnPage(RECORD).size());
    }

    @Test
    public void add_shouldStoreATeacherStepWithNoOwnerOrDate_whenOnlyTheTextIsGiven() throws Exception {
        // Given
        users.signIn(ANA);

        // When
        JsonNode step = json(add("150", new ActionStepsJson.NewStep("Plan the next cycle", "", null, "")));

        // Then
        assertEquals("teacher", step.get("role").asText());
        assertTrue(step.get("owner").isNull());
        assertTrue(step.get("dueOn").isNull());
    }

    @Test
    public void add_shouldAnswer403SayingWhoMay_andStoreNothing_forAViewerWhoMayNotEdit() throws Exception {
        // Given
        users.signIn(TERESA);

        // When
        Response response = add("150", new ActionStepsJson.NewStep("Mine", "", "teacher", ""));

        // Then
        assertEquals(403, response.getStatus());
        assertEquals("Only people who may edit this page may add action steps to it.",
                json(response).get("message").asText());
        assertEquals(2, steps.findOnPage(RECORD).size());
    }

    @Test
    public void add_shouldAnswer404_andStoreNothing_forAPageTheCallerMayNotView() throws Exception {
        // Given
        users.signIn(ANA);

        // When
        Response response = add(String.valueOf(OTHER_TEAM),
                new ActionStepsJson.NewStep("Sneaked in", "", "teacher", ""));

        // Then
        assertArrayEquals(bytes(RestResponses.notFound()), bytes(response));
        assertEquals(1, steps.findOnPage(OTHER_TEAM).size());
    }

    @Test
    public void add_shouldAnswer400NamingTheText_whenItIsMissingBlankOrTooLong() throws Exception {
        // Given
        users.signIn(ANA);

        // Then
        assertRefused("text", "The step's text is required.", add("150",
                new ActionStepsJson.NewStep(null, "", "teacher", "")));
        assertRefused("text", "The step's text is required.", add("150",
                new ActionStepsJson.NewStep("  \t ", "", "teacher", "")));
        assertRefused("text", "The step's text is required.", pageSteps.add("150", new byte[0], HOST_JSON));
        assertRefused("text", "The step's text has 2001 characters; the limit is 2000.", add("150",
                new ActionStepsJson.NewStep("x".repeat(ActionStep.MAX_DESCRIPTION_LENGTH + 1), "", "teacher", "")));
        assertRefused("text", "The step's text holds a character that cannot be stored (U+0007 at position 4).",
                add("150", new ActionStepsJson.NewStep("abc\u0007", "", "teacher", "")));
        assertEquals(2, steps.findOnPage(RECORD).size());
    }

    @Test
    public void add_shouldAnswer400NamingTheOwner_whenNoUserHasThatName() throws Exception {
        // Given
        users.signIn(ANA);

        // Then
        assertRefused("owner", "No user has the user name \"nobody\".", add("150",
                new ActionStepsJson.NewStep("Observe", "nobody", "teacher", "")));
        assertRefused("owner", "\"two words\" is not a user name.", add("150",
                new ActionStepsJson.NewStep("Observe", "two words", "teacher", "")));
        assertEquals(2, steps.findOnPage(RECORD).size());
    }

    @Test
    public void add_shouldAnswer400NamingTheRole_whenItIsNoRole() throws Exception {
        // Given
        users.signIn(ANA);

        // Then
        assertRefused("role", "\"principal\" is not a role; use teacher, coach or observer.", add("150",
                new ActionStepsJson.NewStep("Observe", "", "principal", "")));
        assertEquals(2, steps.findOnPage(RECORD).size());
    }

    @Test
    public void add_shouldAnswer400NamingTheDueDate_whenItIsNotADateOrADayThatDoesNotExist() throws Exception {
        // Given
        users.signIn(ANA);

        // Then
        assertRefused("dueOn", "\"12/10/2026\" is not a due date: use yyyy-MM-dd with a day that exists, from 1900"
                + " to 2100.", add("150", new ActionStepsJson.NewStep("Observe", "", "teacher",
                "12/10/2026")));
        assertRefused("dueOn", "\"2026-02-30\" is not a due date: use yyyy-MM-dd with a day that exists, from 1900"
                + " to 2100.", add("150", new ActionStepsJson.NewStep("Observe", "", "teacher",
                "2026-02-30")));
        assertEquals(2, steps.findOnPage(RECORD).size());
    }

    @Test
    public void add_shouldKeepHostileTextAsPlainData_inTheJsonItAnswersAndLists() throws Exception {
        // Given
        users.signIn(ANA);

        // When
        Response created = add("150", new ActionStepsJson.NewStep(HOSTILE, "", "teacher", ""));
        JsonNode listed = json(pageSteps.list("150")).get("steps").get(2);

        // Then
        assertEquals(HOSTILE, json(created).get("text").asText());
        assertEquals(HOSTILE, listed.get("text").asText());
        assertEquals(HOSTILE, steps.find(listed.get("id").asLong()).orElseThrow().value().description());
    }

    // ------------------------------------------------------------------ PUT /action-steps/{stepId}

    @Test
    public void update_shouldAnswer200WithTheChangedStep_forTheStepsOwnerWhoMayNotEditThePage() throws Exception {
        // Given
        users.signIn(TERESA);

        // When
        Response response = update(String.valueOf(teresasStep), new ActionStepsJson.StepChange(0L,
                "Try exit tickets in every lesson", "tmorales", "teacher", "2026-12-17"));

        // Then
        assertEquals(200, response.getStatus());
        JsonNode step = json(response);
        assertEquals(1, step.get("version").asLong());
        assertEquals("Try exit tickets in every lesson", step.get("text").asText());
        assertEquals("2026-12-17", step.get("dueOn").asText());
        assertTrue(step.get("dueState").isNull());
        assertEquals("tmorales", step.get("lastChange").get("by").get("username").asText());
        assertEquals("Try exit tickets in every lesson", steps.find(teresasStep).orElseThrow().value().description());
    }

    @Test
    public void update_shouldAnswer403SayingWhoMay_andChangeNothing_forAViewerWhoNeitherEditsNorOwns()
            throws Exception {
        // Given
        users.signIn(TERESA);
        Versioned<ActionStep> before = steps.find(anasStep).orElseThrow();

        // When
        Response response = update(String.valueOf(anasStep), new ActionStepsJson.StepChange(0L, "Taken over",
                "tmorales", "teacher", ""));

        // Then
        assertEquals(403, response.getStatus());
        assertEquals("Only people who may edit this page, and the step's owner, may change this step.",
                json(response).get("message").asText());
        assertEquals(before, steps.find(anasStep).orElseThrow());
    }

    @Test
    public void update_shouldAnswerTheSame404_forAMissingStepAndAStepOnAPageTheCallerMayNotView() throws Exception {
        // Given
        users.signIn(TERESA);
        Versioned<ActionStep> before = steps.find(otherTeamsStep).orElseThrow();
        ActionStepsJson.StepChange change = new ActionStepsJson.StepChange(0L, "Changed", "", "teacher", "");

        // When
        Response missing = update("987654", change);
        Response hidden = update(String.valueOf(otherTeamsStep), change);

        // Then
        assertEquals(404, missing.getStatus());
        assertArrayEquals(bytes(missing), bytes(hidden));
        assertArrayEquals(bytes(pageSteps.list(String.valueOf(NOWHERE))), bytes(hidden));
        assertEquals(before, steps.find(otherTeamsStep).orElseThrow());
    }

    @Test
    public void update_shouldAnswer400NamingTheVersion_whenItIsMissingOrNegative() throws Exception {
        // Given
        users.signIn(ANA);

        // Then
        assertRefused("version", "The version of the step you saw is required.", update(
                String.valueOf(teresasStep), new ActionStepsJson.StepChange(null, "Changed", "", "teacher", "")));
        assertRefused("version", "The version -1 cannot be negative.", update(String.valueOf(teresasStep),
                new ActionStepsJson.StepChange(-1L, "Changed", "", "teacher", "")));
        assertEquals("Try exit tickets daily", steps.find(teresasStep).orElseThrow().value().description());
    }

    @Test
    public void update_shouldAnswer409SayingWhoChangedWhatAndWhen_withTheCurrentStep_andKeepTheirChange()
            throws Exception {
        // Given: Ana marks the step done while Teresa still has version 0 open
        users.signIn(ANA);
        changeStatus(String.valueOf(teresasStep), new ActionStepsJson.StatusChange(0L, "done"));
        users.signIn(TERESA);

        // When
        Response response = update(String.valueOf(teresasStep), new ActionStepsJson.StepChange(0L,
                "Reworded from a stale page", "tmorales", "teacher", "2026-12-05"));

        // Then
        assertEquals(409, response.getStatus());
        JsonNode body = json(response);
        assertEquals(409, body.get("status").asInt());
        assertEquals("Ana Ruiz changed this step at 10:12 AM (marked it done). Your change was not saved; the current"
                + " step is shown.", body.get("message").asText());
        JsonNode current = body.get("current");
        assertEquals(1, current.get("version").asLong());
        assertEquals("done", current.get("status").asText());
        assertEquals("Try exit tickets daily", current.get("text").asText());
        assertTrue(current.get("canChange").asBoolean());
        assertEquals("aruiz", current.get("lastChange").get("by").get("username").asText());
        assertEquals("Try exit tickets daily", steps.find(teresasStep).orElseThrow().value().description());
    }

    // ------------------------------------------------------------------ PUT /action-steps/{stepId}/status

    @Test
    public void changeStatus_shouldAnswer200WithTheStepDone_forItsOwner() throws Exception {
        // Given
        users.signIn(TERESA);

        // When
        Response response = changeStatus(String.valueOf(teresasStep),
                new ActionStepsJson.StatusChange(0L, "done"));

        // Then
        assertEquals(200, response.getStatus());
        JsonNode step = json(response);
        assertEquals("done", step.get("status").asText());
        assertEquals("Done", step.get("statusLabel").asText());
        assertTrue("a done step is not due", step.get("dueState").isNull());
        assertEquals(Optional.of(TODAY), steps.find(teresasStep).orElseThrow().value().completedOn());
    }

    @Test
    public void changeStatus_shouldAnswer400NamingTheStatus_whenItIsUnknownOrTheRulesRefuseTheMove()
            throws Exception {
        // Given
        users.signIn(ANA);
        Versioned<ActionStep> done = steps.changeStatus(teresasStep, 0, ActionStepStatus.DONE, TODAY,
                new ChangedBy(ANA, CLOCK.instant()));

        // Then
        assertRefused("status", "\"finished\" is not a status; use open, done or dropped.", changeStatus(
                String.valueOf(teresasStep), new ActionStepsJson.StatusChange(done.version(), "finished")));
        assertRefused("status", "The status is required: open, done or dropped.", changeStatus(
                String.valueOf(teresasStep), new ActionStepsJson.StatusChange(done.version(), null)));
        assertRefused("status", "An action step that is done cannot become dropped directly; reopen it first.",
                changeStatus(String.valueOf(teresasStep),
                        new ActionStepsJson.StatusChange(done.version(), "dropped")));
        assertEquals(done, steps.find(teresasStep).orElseThrow());
    }

    // ------------------------------------------------------------------ DELETE /action-steps/{stepId}

    @Test
    public void delete_shouldAnswer204_andRemoveTheStep_forAPageEditor() throws Exception {
        // Given
        users.signIn(ANA);

        // When
        Response response = target.delete(String.valueOf(anasStep), "0");

        // Then
        assertEquals(204, response.getStatus());
        assertNull(response.getEntity());
        assertEquals(Optional.empty(), steps.find(anasStep));
    }

    @Test
    public void delete_shouldAnswer409WithTheCurrentStep_andKeepIt_whenTheVersionIsStale() throws Exception {
        // Given
        users.signIn(TERESA);
        update(String.valueOf(teresasStep), new ActionStepsJson.StepChange(0L, "Reworded", "tmorales",
                "teacher", "2026-12-05"));
        users.signIn(ANA);

        // When
        Response response = target.delete(String.valueOf(teresasStep), "0");

        // Then
        assertEquals(409, response.getStatus());
        assertEquals("Teresa Morales changed this step at 10:12 AM (changed its text). Your change was not saved; the"
                + " current step is shown.", json(response).get("message").asText());
        assertEquals("Reworded", json(response).get("current").get("text").asText());
        assertTrue(steps.find(teresasStep).isPresent());
    }

    @Test
    public void delete_shouldAnswer400NamingTheVersion_whenItIsMissingOrNotANumber() throws Exception {
        // Given
        users.signIn(ANA);

        // Then
        assertRefused("version", "The version of the step you saw is required.",
                target.delete(String.valueOf(anasStep), null));
        assertRefused("version", "\"latest\" is not a version (a whole number).",
                target.delete(String.valueOf(anasStep), "latest"));
        assertTrue(steps.find(anasStep).isPresent());
    }

    @Test
    public void delete_shouldAnswer401_andKeepTheStep_whenNobodyIsSignedIn() throws Exception {
        // When
        Response response = target.delete(String.valueOf(anasStep), "0");

        // Then
        assertEquals(401, response.getStatus());
        assertTrue(steps.find(anasStep).isPresent());
    }

    @Test
    public void add_shouldAnswer400NamingTheBody_andStoreNothing_whenItIsNotJsonOfTheRightShape() throws Exception {
        // Given
        users.signIn(ANA);
        String expected = "The request body is not a JSON object with the fields this call takes, each of its type"
                + " (see the REST API documentation).";

        // Then
        assertRefused("body", expected, pageSteps.add("150", utf8("{\"text\": \"Observe"), HOST_JSON));
        assertRefused("body", expected, pageSteps.add("150", utf8("[\"Observe\"]"), HOST_JSON));
        assertRefused("body", expected, pageSteps.add("150", utf8("{\"text\": \"Observe\", \"colour\": 1}"),
                HOST_JSON));
        assertRefused("body", expected, target.update(String.valueOf(teresasStep),
                utf8("{\"version\": \"latest\", \"text\": \"Observe\"}"), HOST_JSON));
        assertEquals(2, steps.findOnPage(RECORD).size());
        assertEquals(0, steps.find(teresasStep).orElseThrow().version());
    }

    // ------------------------------------------------------------------ helpers

    private Response add(String pageId, ActionStepsJson.NewStep body) throws Exception {
        return pageSteps.add(pageId, JSON.writeValueAsBytes(body), HOST_JSON);
    }

    private Response update(String stepId, ActionStepsJson.StepChange body) throws Exception {
        return target.update(stepId, JSON.writeValueAsBytes(body), HOST_JSON);
    }

    private Response changeStatus(String stepId, ActionStepsJson.StatusChange body) throws Exception {
        return target.changeStatus(stepId, JSON.writeValueAsBytes(body), HOST_JSON);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertRefused(String field, String message, Response response) throws Exception {
        assertEquals(400, response.getStatus());
        JsonNode body = json(response);
        assertEquals(400, body.get("status").asInt());
        assertEquals(field, body.get("field").asText());
        assertEquals(message, body.get("message").asText());
    }

    /** The body as the REST module writes it: Jackson 2 over the entity. */
    private static byte[] bytes(Response response) throws Exception {
        return JSON.writeValueAsBytes(response.getEntity());
    }

    private static JsonNode json(Response response) throws Exception {
        return JSON.readTree(bytes(response));
    }

    private static StoredConversation conversation(long pageId, String teacherKey) {
        return new StoredConversation(pageId, SPACE, ConversationType.CYCLE_RECORD, teacherKey, Optional.of(ANA),
                TODAY.minusDays(3), Optional.empty(), Optional.empty());
    }

    /** The host's answer to "may this person view / edit this page now"; or a check that fails. */
    private static final class Permissions implements PagePermissions {
        private final Map<String, Set<Long>> viewable = new HashMap<>();
        private final Map<String, Set<Long>> editable = new HashMap<>();
        boolean failing;

        Permissions view(String userKey, long pageId) {
            viewable.computeIfAbsent(userKey, key -> new HashSet<>()).add(pageId);
            return this;
        }

        Permissions edit(String userKey, long pageId) {
            editable.computeIfAbsent(userKey, key -> new HashSet<>()).add(pageId);
            return this;
        }

        @Override
        public boolean canView(Optional<String> userKey, long pageId) {
            return allowed(viewable, userKey, pageId);
        }

        @Override
        public boolean canEdit(Optional<String> userKey, long pageId) {
            return allowed(editable, userKey, pageId);
        }

        private boolean allowed(Map<String, Set<Long>> grants, Optional<String> userKey, long pageId) {
            if (failing) {
                throw new IllegalStateException("permission service unavailable");
            }
            return userKey.map(key -> grants.getOrDefault(key, Set.of()).contains(pageId)).orElse(false);
        }
    }

    /** The one part of the host's JAX-RS providers the resources ask for: a Jackson reader of JSON bodies. */
}
