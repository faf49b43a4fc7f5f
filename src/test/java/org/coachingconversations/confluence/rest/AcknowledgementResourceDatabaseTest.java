package org.coachingconversations.confluence.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.coachingconversations.testing.rest.JacksonProviders;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.acknowledgement.Acknowledgement;
import org.coachingconversations.domain.acknowledgement.AcknowledgementKind;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.persistence.conversation.AoAcknowledgementStore;
import org.coachingconversations.persistence.conversation.AoCycleRecordRepository;
import org.coachingconversations.testing.access.PagePermissionGrants;
import org.coachingconversations.testing.acknowledgement.AcknowledgementsOnDatabase;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.PluginTables;
import org.coachingconversations.testing.sal.TestUsers;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * Every answer of the acknowledgement API, from the resource class over the real stores on a real database: 200,
 * 400 naming the field, 401, 403 saying who may, 404 identical for a missing and an unviewable record, 409 with who,
 * when and the current state. Only the host's page permissions and its user directory are stand-ins.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(PluginTables.class)
public class AcknowledgementResourceDatabaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JacksonProviders HOST_JSON = new JacksonProviders(JSON);

    private static final String SPACE = "LINCOLN";
    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    /** 17:00 UTC on 16 March 2026: 11:00 in Denver. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-16T17:00:00Z"), ZoneOffset.UTC);
    private static final String ANA = "key-ana";
    private static final String JAMES = "key-james";
    private static final String DAVID = "key-david";
    private static final String MARIA = "key-maria";
    /** Finalized on 13 March, not answered yet. */
    private static final long FINALIZED = 501;
    /** Post-conference held on 12 March, not finalized. */
    private static final long HELD = 502;
    /** A page the app stored nothing for. */
    private static final long PLAIN_PAGE = 503;

    private EntityManager entityManager;
    private AoCycleRecordRepository records;
    private AoAcknowledgementStore answers;
    private final TestUsers users = new TestUsers();
    private final PagePermissionGrants permissions = new PagePermissionGrants();
    private AcknowledgementResource target;

    @Before
    public void setUp() {
        AcknowledgementsOnDatabase database = new AcknowledgementsOnDatabase(entityManager, SPACE, DENVER, CLOCK,
                permissions, users);
        records = database.records;
        answers = database.answers;
        target = new AcknowledgementResource(users, database.acknowledgements, database.presenter,
                BundleI18nResolver.fromDescriptor());
        users.add(ANA, "ana.ruiz", "Ana Ruiz").add(JAMES, "james.carter", "James Carter")
                .add(DAVID, "david.kim", "David Kim").add(MARIA, "maria.lopez", "Maria Lopez");
        CycleRecordDates held = CycleRecordDates.observed(LocalDate.of(2026, 3, 10), ObservationType.FULL)
                .withConferenceOn(LocalDate.of(2026, 3, 12));
        records.register(new StoredCycleRecord(FINALIZED, SPACE, ANA, JAMES,
                held.withFinalizedOn(LocalDate.of(2026, 3, 13))));
        records.register(new StoredCycleRecord(HELD, SPACE, ANA, JAMES, held));
        // The record is restricted to its teacher, its observer and the leaders; David teaches on another team.
        permissions.view(FINALIZED, ANA, JAMES, MARIA).view(HELD, ANA, JAMES, MARIA).view(PLAIN_PAGE, ANA, DAVID);
    }

    // --- GET ---------------------------------------------------------------------------------------------------------

    @Test
    public void get_shouldShowTheStageAndWhatTheCallerMayDo() {
        // When
        AcknowledgementJson.Status forAna = status(as(ANA).get("" + FINALIZED), 200);
        AcknowledgementJson.Status forMaria = status(as(MARIA).get("" + FINALIZED), 200);
        AcknowledgementJson.Status forJames = status(as(JAMES).get("" + HELD), 200);

        // Then
        assertEquals("awaiting-answer", forAna.stage());
        assertTrue(forAna.canAnswer());
        assertEquals("2026-03-13", forAna.finalizedOn());
        assertEquals(new AcknowledgementJson.Person("ana.ruiz", "Ana Ruiz", "/confluence/display/~ana.ruiz"),
                forAna.teacher());
        assertFalse(forMaria.canAnswer());
        assertFalse(forMaria.canFinalize());
        assertEquals("awaiting-finalization", forJames.stage());
        assertTrue(forJames.canFinalize());
        assertEquals("Not finalized yet. The observer, James Carter, marks this Cycle Record finalized after the"
                + " post-conference; then the teacher, Ana Ruiz, can acknowledge receipt or object.",
                forJames.stageMessage());
    }

    @Test
    public void get_shouldAnswer404WithTheSameBody_forAnUnviewableRecord_aPageWithoutOne_andANonsenseId() {
        // When
        Response unviewable = as(DAVID).get("" + FINALIZED);
        Response noRecord = as(DAVID).get("" + PLAIN_PAGE);
        Response nonsense = as(DAVID).get("abc");
        Response missing = as(DAVID).get("999999");

        // Then
        for (Response response : new Response[] {unviewable, noRecord, nonsense, missing}) {
            assertEquals(404, response.getStatus());
            assertEquals(RestResponses.notFound().getEntity(), response.getEntity());
        }
    }

    @Test
    public void get_shouldAnswer404_whenThePermissionCheckFails() {
        // Given
        permissions.failFor(FINALIZED);

        // When / Then
        assertEquals(404, as(ANA).get("" + FINALIZED).getStatus());
    }

    @Test
    public void everyMethod_shouldAnswer401_withoutASignedInUser() {
        // When / Then
        assertEquals(401, as(null).get("" + FINALIZED).getStatus());
        assertEquals(401, as(null).answer("" + FINALIZED, received(null)).getStatus());
        assertEquals(401, as(null).finalizeRecord("" + HELD, new AcknowledgementJson.FinalizationRequest(0L))
                .getStatus());
        assertTrue(answers.find(FINALIZED).isEmpty());
    }

    // --- PUT answer --------------------------------------------------------------------------------------------------

    @Test
    public void answer_shouldAcknowledgeReceipt_andMakeTheRecordReadOnly() {
        // When
        AcknowledgementJson.Status status = status(as(ANA).answer("" + FINALIZED, received(null)), 200);

        // Then
        assertEquals("acknowledged", status.stage());
        assertEquals("received", status.answer().kind());
        assertEquals("Received", status.answer().kindLabel());
        assertEquals("2026-03-16T17:00:00Z", status.answer().at());
        assertEquals("Mar 16, 2026, 5:00 PM UTC", status.answer().atLabel());
        assertEquals("Ana Ruiz", status.answer().by().displayName());
        assertEquals(0, status.answer().version());
        assertFalse(status.canAnswer());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 16)),
                records.find(FINALIZED).orElseThrow().value().dates().teacherRespondedOn());
    }

    @Test
    public void answer_shouldStoreAnObjectionWithItsText_andLetTheTeacherAcknowledgeLater() {
        // Given
        String reasons = "The 3b rating misses the exit-ticket evidence <script>alert(1)</script>.";
        AcknowledgementJson.Status objected = status(as(ANA).answer("" + FINALIZED,
                new AcknowledgementJson.AnswerRequest("objection", reasons, null)), 200);
        assertEquals("objected", objected.stage());
        assertEquals(reasons, objected.answer().text());
        assertTrue(objected.canAnswer());

        // When
        AcknowledgementJson.Status acknowledged = status(as(ANA).answer("" + FINALIZED, received(0L)), 200);

        // Then
        assertEquals("acknowledged", acknowledged.stage());
        assertEquals("the objection's reasons stay with the record", reasons, acknowledged.answer().text());
        assertEquals(1, acknowledged.answer().version());
    }

    @Test
    public void answer_shouldAnswer403SayingWhoMay_toAViewerWhoIsNotTheTeacher() {
        // When
        Response observer = as(JAMES).answer("" + FINALIZED, received(null));
        Response leader = as(MARIA).answer("" + FINALIZED, received(null));

        // Then
        assertEquals(403, observer.getStatus());
        assertEquals(403, leader.getStatus());
        assertEquals("Only the teacher of this Cycle Record, Ana Ruiz, may acknowledge or object to it.",
                error(leader).message());
        assertTrue(answers.find(FINALIZED).isEmpty());
    }

    @Test
    public void answer_shouldAnswer404_toATeacherWhoMayNotViewTheRecord() {
        // When
        Response response = as(DAVID).answer("" + FINALIZED, received(null));

        // Then
        assertEquals(404, response.getStatus());
        assertEquals(RestResponses.notFound().getEntity(), response.getEntity());
        assertTrue(answers.find(FINALIZED).isEmpty());
    }

    @Test
    public void answer_shouldAnswer400NamingTheField_andStoreNothing() {
        // When
        Response unknownKind = as(ANA).answer("" + FINALIZED,
                new AcknowledgementJson.AnswerRequest("agreed", null, null));
        Response noBody = as(ANA).answer("" + FINALIZED, null);
        Response objectionWithoutText = as(ANA).answer("" + FINALIZED,
                new AcknowledgementJson.AnswerRequest("objection", "  \n ", null));
        Response tooLong = as(ANA).answer("" + FINALIZED, new AcknowledgementJson.AnswerRequest("objection",
                "x".repeat(Acknowledgement.MAX_ADDITIONAL_INFORMATION_LENGTH + 1), null));
        Response controlCharacter = as(ANA).answer("" + FINALIZED,
                new AcknowledgementJson.AnswerRequest("objection", "Bell\u0007", null));
        Response negativeVersion = as(ANA).answer("" + FINALIZED, received(-1L));

        // Then
        assertBadRequest(unknownKind, "kind", "Choose the answer: \"received\" or \"objection\".");
        assertBadRequest(noBody, "kind", "Choose the answer: \"received\" or \"objection\".");
        assertBadRequest(objectionWithoutText, "text",
                "To object, write what you object to in the additional information.");
        assertBadRequest(tooLong, "text", "The additional information has 10001 characters; at most 10000 are allowed.");
        assertBadRequest(controlCharacter, "text",
                "The additional information contains an invisible control character: remove it.");
        assertBadRequest(negativeVersion, "version", "Send the version you saw: a whole number from 0.");
        assertTrue(answers.find(FINALIZED).isEmpty());
    }

    @Test
    public void answer_shouldAcceptTheLongestText() {
        // When
        AcknowledgementJson.Status status = status(as(ANA).answer("" + FINALIZED, new AcknowledgementJson.AnswerRequest(
                "objection", "x".repeat(Acknowledgement.MAX_ADDITIONAL_INFORMATION_LENGTH), null)), 200);

        // Then
        assertEquals(Acknowledgement.MAX_ADDITIONAL_INFORMATION_LENGTH, status.answer().text().length());
    }

    @Test
    public void answer_shouldAnswer409WithWhoAndWhen_whenTheAnswerMovedOn() {
        // Given Ana objected in one tab
        as(ANA).answer("" + FINALIZED, new AcknowledgementJson.AnswerRequest("objection", "First reasons.", null));

        // When she answers again from a tab that still shows no answer
        Response response = as(ANA).answer("" + FINALIZED, received(null));

        // Then
        assertEquals(409, response.getStatus());
        RestResponses.RestError error = error(response);
        assertEquals("Ana Ruiz answered this Cycle Record (Objected) on Mar 16, 2026, 5:00 PM UTC while you had it open."
                + " Read the answer below, then try again if you still need to.", error.message());
        AcknowledgementJson.Status current = (AcknowledgementJson.Status) error.current();
        assertEquals("objected", current.stage());
        assertEquals("First reasons.", current.answer().text());
        assertEquals("First reasons.", answers.find(FINALIZED).orElseThrow().value().additionalInformation()
                .orElseThrow());
    }

    @Test
    public void answer_shouldAnswer409_whenTheVersionIsStale() {
        // Given
        as(ANA).answer("" + FINALIZED, new AcknowledgementJson.AnswerRequest("objection", "First.", null));
        as(ANA).answer("" + FINALIZED, new AcknowledgementJson.AnswerRequest("objection", "Second.", 0L));

        // When
        Response response = as(ANA).answer("" + FINALIZED,
                new AcknowledgementJson.AnswerRequest("objection", "Third.", 0L));

        // Then
        assertEquals(409, response.getStatus());
        assertEquals(1, ((AcknowledgementJson.Status) error(response).current()).answer().version());
        assertEquals("Second.", answers.find(FINALIZED).orElseThrow().value().additionalInformation().orElseThrow());
    }

    @Test
    public void answer_shouldAnswer409_onceAcknowledged_andBeforeFinalization() {
        // Given
        as(ANA).answer("" + FINALIZED, received(null));

        // When
        Response afterAcknowledging = as(ANA).answer("" + FINALIZED,
                new AcknowledgementJson.AnswerRequest("objection", "Second thoughts.", 0L));
        Response beforeFinalization = as(ANA).answer("" + HELD, received(null));

        // Then
        assertEquals(409, afterAcknowledging.getStatus());
        assertEquals("Ana Ruiz acknowledged receipt of this Cycle Record on Mar 16, 2026, 5:00 PM UTC; an acknowledgement"
                + " is final.", error(afterAcknowledging).message());
        assertEquals(409, beforeFinalization.getStatus());
        assertEquals("This Cycle Record is not finalized yet; the observer, James Carter, finalizes it first.",
                error(beforeFinalization).message());
        assertEquals(AcknowledgementKind.ACKNOWLEDGED, answers.find(FINALIZED).orElseThrow().value().kind());
        assertTrue(answers.find(HELD).isEmpty());
    }

    // --- PUT finalization --------------------------------------------------------------------------------------------

    @Test
    public void finalizeRecord_shouldLetTheObserverFinalize_andOpenTheAnswer() {
        // Given
        long version = status(as(JAMES).get("" + HELD), 200).recordVersion();

        // When
        AcknowledgementJson.Status status = status(as(JAMES).finalizeRecord("" + HELD,
                new AcknowledgementJson.FinalizationRequest(version)), 200);

        // Then
        assertEquals("awaiting-answer", status.stage());
        assertEquals("2026-03-16", status.finalizedOn());
        assertFalse(status.canFinalize());
        assertTrue(status(as(ANA).get("" + HELD), 200).canAnswer());
    }

    @Test
    public void finalizeRecord_shouldAnswer403ToTheTeacher_404ToAnotherTeam_400WithoutAVersion() {
        // When
        Response teacher = as(ANA).finalizeRecord("" + HELD, new AcknowledgementJson.FinalizationRequest(0L));
        Response otherTeam = as(DAVID).finalizeRecord("" + HELD, new AcknowledgementJson.FinalizationRequest(0L));
        Response noVersion = as(JAMES).finalizeRecord("" + HELD, new AcknowledgementJson.FinalizationRequest(null));

        // Then
        assertEquals(403, teacher.getStatus());
        assertEquals("Only the observer of this Cycle Record, James Carter, may mark it finalized.",
                error(teacher).message());
        assertEquals(404, otherTeam.getStatus());
        assertBadRequest(noVersion, "version", "Send the version you saw: a whole number from 0.");
        assertEquals(Optional.empty(), records.find(HELD).orElseThrow().value().dates().finalizedOn());
    }

    @Test
    public void finalizeRecord_shouldAnswer409WithWhoAndWhen_whenSomeoneFinalizedItMeanwhile() {
        // Given James finalizes in one tab
        long version = status(as(JAMES).get("" + HELD), 200).recordVersion();
        as(JAMES).finalizeRecord("" + HELD, new AcknowledgementJson.FinalizationRequest(version));

        // When he finalizes again from a stale tab, and from a tab that reloaded
        Response stale = as(JAMES).finalizeRecord("" + HELD, new AcknowledgementJson.FinalizationRequest(version));
        Response again = as(JAMES).finalizeRecord("" + HELD,
                new AcknowledgementJson.FinalizationRequest(version + 1));

        // Then
        assertEquals(409, stale.getStatus());
        assertEquals("James Carter finalized this Cycle Record on Mar 16, 2026 while you had it open.",
                error(stale).message());
        assertEquals("2026-03-16", ((AcknowledgementJson.Status) error(stale).current()).finalizedOn());
        assertEquals(409, again.getStatus());
    }

    @Test
    public void finalizeRecord_shouldAnswer409_beforeThePostConference() {
        // Given a post-conference planned for next week
        records.register(new StoredCycleRecord(504, SPACE, ANA, JAMES,
                CycleRecordDates.observed(LocalDate.of(2026, 3, 10), ObservationType.FULL)
                        .withConferenceOn(LocalDate.of(2026, 3, 23))));
        permissions.view(504, ANA, JAMES);

        // When
        Response response = as(JAMES).finalizeRecord("504", new AcknowledgementJson.FinalizationRequest(0L));

        // Then
        assertEquals(409, response.getStatus());
        assertEquals("This Cycle Record can be finalized once its post-conference has taken place.",
                error(response).message());
        assertFalse(((AcknowledgementJson.Status) error(response).current()).canFinalize());
        assertEquals(Optional.empty(), records.find(504).orElseThrow().value().dates().finalizedOn());
    }

    private Caller as(String userKey) {
        users.actAs(userKey);
        return new Caller();
    }

    /** The resource as the host calls it: request bodies as JSON bytes, read with the host's JSON reader. */
    private final class Caller {
        Response get(String pageId) {
            return target.get(pageId);
        }

        Response answer(String pageId, AcknowledgementJson.AnswerRequest request) {
            return target.answer(pageId, bytes(request), HOST_JSON);
        }

        Response finalizeRecord(String pageId, AcknowledgementJson.FinalizationRequest request) {
            return target.finalizeRecord(pageId, bytes(request), HOST_JSON);
        }

        private byte[] bytes(Object request) {
            try {
                return request == null ? new byte[0] : JSON.writeValueAsBytes(request);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    public void answer_shouldAnswer400NamingTheBody_whenTheBodyIsNotJson() {
        // When
        users.actAs(ANA);
        Response response = target.answer("" + FINALIZED, "{\"kind\": ".getBytes(StandardCharsets.UTF_8), HOST_JSON);
        Response finalization = target.finalizeRecord("" + HELD, "not json".getBytes(StandardCharsets.UTF_8),
                HOST_JSON);

        // Then
        assertEquals(400, response.getStatus());
        assertEquals("body", ((RestResponses.RestError) response.getEntity()).field());
        assertEquals(400, finalization.getStatus());
        assertEquals("body", ((RestResponses.RestError) finalization.getEntity()).field());
    }

    private static AcknowledgementJson.AnswerRequest received(Long version) {
        return new AcknowledgementJson.AnswerRequest("received", null, version);
    }

    private static AcknowledgementJson.Status status(Response response, int expectedStatus) {
        assertEquals(String.valueOf(response.getEntity()), expectedStatus, response.getStatus());
        return (AcknowledgementJson.Status) response.getEntity();
    }

    private static RestResponses.RestError error(Response response) {
        return (RestResponses.RestError) response.getEntity();
    }

    private static void assertBadRequest(Response response, String field, String message) {
        assertEquals(400, response.getStatus());
        assertEquals(field, error(response).field());
        assertEquals(message, error(response).message());
        assertNull(error(response).current());
    }
}
