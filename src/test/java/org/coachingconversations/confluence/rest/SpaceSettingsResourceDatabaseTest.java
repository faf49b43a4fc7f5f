package org.coachingconversations.confluence.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.application.settings.EditSpaceSettings;
import org.coachingconversations.application.settings.SaveSpaceSettings;
import org.coachingconversations.domain.access.SpaceAdministration;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.people.UserGroups;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.persistence.conversation.AoCycleRecordRepository;
import org.coachingconversations.persistence.settings.AoSpaceSettingsRepository;
import org.coachingconversations.persistence.transaction.AoUnitOfWork;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.ao.PluginTables;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.coachingconversations.testing.rest.JacksonProviders;
import org.coachingconversations.testing.sal.FixedTimeZoneManager;
import org.coachingconversations.testing.sal.TestUsers;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The space settings API over the real use cases, settings store, Cycle Record store and unit of work on a real
 * database, with the JSON Jackson writes. Only who administers which space and which groups exist are stand-ins.
 * 404 (not an administrator, no such space: one body), 401, 400 naming each field with nothing saved, and a save
 * that recomputes the stored Cycle Records' windows.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(PluginTables.class)
public class SpaceSettingsResourceDatabaseTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final String SPACE = "LINCOLN";
    private static final String PRINCIPAL = "8a7f808a6a0f1c2d";
    private static final String TEACHER = "8a7f808a6a0f1c3e";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Providers HOST_JSON = new JacksonProviders(JSON);
    /** Monday; the conference on Wednesday 03-04 is the 2nd school day after it. */
    private static final LocalDate OBSERVED = LocalDate.of(2026, 3, 2);

    private EntityManager entityManager;
    private AoSpaceSettingsRepository settings;
    private final TestUsers users = new TestUsers();
    private final Set<String> administrators = new HashSet<>();
    private SpaceSettingsResource target;

    @Before
    public void setUp() {
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        settings = new AoSpaceSettingsRepository(activeObjects, new FixedTimeZoneManager(DENVER));
        AoCycleRecordRepository cycleRecords = new AoCycleRecordRepository(activeObjects, settings);
        cycleRecords.register(new StoredCycleRecord(7, SPACE, TEACHER, PRINCIPAL,
                CycleRecordDates.observed(OBSERVED, ObservationType.FULL).withConferenceOn(OBSERVED.plusDays(2))));
        SpaceAdministration administration = (user, spaceKey) -> spaceKey.equals(SPACE)
                && user.filter(administrators::contains).isPresent();
        UserGroups groups = new UserGroups() {
            @Override
            public boolean exists(String groupName) {
                return List.of("school-leaders", "teachers").contains(groupName);
            }

            @Override
            public List<String> find(String query, int max) {
                return List.of("school-leaders", "teachers").stream().filter(name -> name.contains(query)).toList();
            }
        };
        EditSpaceSettings edit = new EditSpaceSettings(
                new SaveSpaceSettings(settings, cycleRecords, new AoUnitOfWork(activeObjects)), administration, groups);
        target = new SpaceSettingsResource(edit, users, BundleI18nResolver.fromDescriptor());
        users.add(PRINCIPAL, "jcarter", "James Carter").add(TEACHER, "aruiz", "Ana Ruiz");
        administrators.add(PRINCIPAL);
    }

    @Test
    public void get_shouldAnswerTheSettings_toASpaceAdministrator() throws Exception {
        // Given
        users.signIn(PRINCIPAL);

        // When
        Response response = target.get(SPACE);

        // Then the defaults of a space nobody configured, in the site's zone
        assertEquals(200, response.getStatus());
        JsonNode json = json(response);
        assertEquals("America/Denver", json.get("timeZone").asText());
        assertEquals("[\"SATURDAY\",\"SUNDAY\"]", json.get("weekendDays").toString());
        assertEquals("{\"fewest\":\"2\",\"most\":\"5\"}", json.get("postConferenceWindow").toString());
        assertEquals("", json.get("leadersGroup").asText());
        assertEquals(true, json.get("restrictCycleRecords").asBoolean());
    }

    @Test
    public void everyCall_shouldAnswerTheSame404_toSomeoneWhoDoesNotAdministerTheSpace_asForNoSuchSpace()
            throws Exception {
        // Given a teacher of the space, and the principal asking about a space that does not exist
        users.signIn(TEACHER);
        String read = body(target.get(SPACE));
        String write = body(target.put(SPACE, bytes(validBody().put("leadersGroup", "teachers")), HOST_JSON));
        String badWrite = body(target.put(SPACE, bytes(validBody().put("dueSoonDays", "x")), HOST_JSON));
        String groups = body(target.groups(SPACE, "t"));
        users.signIn(PRINCIPAL);
        String missing = body(target.get("NOSUCHSPACE"));
        String hostileKey = body(target.get("<script>"));

        // Then one body for all, and nothing was saved
        assertEquals("{\"status\":404,\"message\":\"Not found.\",\"field\":null,\"current\":null}", read);
        for (String answer : List.of(write, badWrite, groups, missing, hostileKey)) {
            assertEquals(read, answer);
        }
        assertEquals(SpaceSettings.defaults(DENVER), settings.get(SPACE));
    }

    @Test
    public void get_shouldAnswer401_withoutASignedInUser() {
        assertEquals(401, target.get(SPACE).getStatus());
    }

    @Test
    public void put_shouldAnswer400NamingEachField_andSaveNothing() throws Exception {
        users.signIn(PRINCIPAL);
        assertBadRequest(validBody().put("timeZone", "Mars/Olympus_Mons"), "timeZone", "is not a time zone");
        assertBadRequest(validBody().set("weekendDays", JSON.valueToTree(List.of("FUNDAY"))), "weekendDays",
                "not a day of the week");
        assertBadRequest(validBody().set("holidays", JSON.readTree(
                "[{\"name\":\"Winter break\",\"first\":\"2025-12-32\",\"last\":\"2026-01-02\"}]")), "holidays",
                "row 1: the first day \"2025-12-32\" is not a date");
        assertBadRequest(validBody().set("holidays", JSON.readTree(
                "[{\"name\":\"Winter break\",\"first\":\"2026-01-02\",\"last\":\"2025-12-22\"}]")), "holidays",
                "is before the first day");
        assertBadRequest(validBody().set("holidays", JSON.readTree(
                "[{\"name\":\"" + "n".repeat(201) + "\",\"first\":\"2026-01-02\",\"last\":\"2026-01-02\"}]")),
                "holidays", "the limit is 200");
        assertBadRequest(validBody().set("sharingWindow", JSON.readTree("{\"fewest\":\"3\",\"most\":\"1\"}")),
                "sharingWindow", "less than the fewest");
        assertBadRequest(validBody().set("acknowledgementWindow", JSON.readTree("{\"fewest\":\"0\",\"most\":\"x\"}")),
                "acknowledgementWindow", "not a whole number");
        assertBadRequest(validBody().put("dueSoonDays", "366"), "dueSoonDays", "out of range");
        assertBadRequest(validBody().put("coverageWeeks", "0"), "coverageWeeks", "out of range");
        assertBadRequest(validBody().put("spsMinimumResponses", "99999999999"), "spsMinimumResponses",
                "not a whole number");
        assertBadRequest(validBody().put("leadersGroup", "nobody-by-this-name"), "leadersGroup",
                "there is no group named \"nobody-by-this-name\"");
        assertBadRequest(validBody().putNull("restrictCycleRecords"), "restrictCycleRecords", "missing");
        assertBadRequest(validBody().put("rubricName", "r".repeat(101)), "rubricName", "the limit is 100");
        assertBadRequest(validBody().set("rubricElements", JSON.valueToTree(List.of("1a", "1A"))), "rubricElements",
                "listed twice");
        assertBadRequest(validBody().putNull("digestEnabled"), "digestEnabled", "missing");
        Response notJson = target.put(SPACE, "{not json".getBytes(StandardCharsets.UTF_8), HOST_JSON);
        assertEquals(400, notJson.getStatus());
        assertEquals("body", json(notJson).get("field").asText());
        assertEquals(SpaceSettings.defaults(DENVER), settings.get(SPACE));
    }

    @Test
    public void put_shouldListEveryProblem_firstFieldFirst() throws Exception {
        // Given
        users.signIn(PRINCIPAL);

        // When
        Response response = target.put(SPACE, bytes(validBody().put("rubricName", "").put("timeZone", "Nowhere")
                .put("dueSoonDays", "-1")), HOST_JSON);

        // Then
        JsonNode json = json(response);
        assertEquals(400, response.getStatus());
        assertEquals("timeZone", json.get("field").asText());
        assertEquals(List.of("timeZone", "dueSoonDays", "rubricName"),
                json.get("problems").findValues("field").stream().map(JsonNode::asText).toList());
        assertEquals(List.of("zone-unknown", "due-soon-out-of-range", "rubric-name-required"),
                json.get("problems").findValues("code").stream().map(JsonNode::asText).toList());
        assertThat(json.get("message").asText(), containsString("Nothing was saved."));
        assertEquals("Time zone: \"Nowhere\" is not a time zone Confluence knows; choose one from the list, such as"
                + " America/Chicago.", json.get("problems").get(0).get("text").asText());
    }

    @Test
    public void put_shouldSaveTheSettings_andRecomputeTheCycleRecordsWindows_whenTheCalendarChanges()
            throws Exception {
        // Given
        users.signIn(PRINCIPAL);

        // When Tuesday 03-03 becomes a holiday and the school names its leaders group
        Response response = target.put(SPACE, bytes(validBody().put("leadersGroup", "school-leaders")
                .put("timeZone", "America/Chicago").set("holidays", JSON.readTree(
                        "[{\"name\":\"PD day\",\"first\":\"2026-03-03\",\"last\":\"2026-03-03\"}]"))), HOST_JSON);

        // Then
        assertEquals(body(response), 200, response.getStatus());
        JsonNode json = json(response);
        assertEquals(1, json.get("recomputedCycleRecords").asInt());
        assertEquals("school-leaders", json.get("settings").get("leadersGroup").asText());
        SpaceSettings saved = settings.get(SPACE);
        assertEquals(Optional.of("school-leaders"), saved.leadersGroupName());
        assertEquals(ZoneId.of("America/Chicago"), saved.calendar().zone());
        assertEquals(1, saved.calendar().holidays().size());

        // And a save that changes neither calendar nor windows recomputes nothing
        Response again = target.put(SPACE, bytes(((ObjectNode) JSON.valueToTree(
                JSON.readTree(body(response)).get("settings"))).put("dueSoonDays", 3)), HOST_JSON);
        assertEquals(0, json(again).get("recomputedCycleRecords").asInt());
        assertEquals(3, settings.get(SPACE).dueSoonDays());
    }

    @Test
    public void groups_shouldListMatchingGroups_toASpaceAdministrator() throws Exception {
        users.signIn(PRINCIPAL);
        assertEquals("{\"groups\":[\"school-leaders\"]}", body(target.groups(SPACE, "lead")));
    }

    private void assertBadRequest(ObjectNode request, String field, String message) throws Exception {
        Response response = target.put(SPACE, bytes(request), HOST_JSON);
        String body = body(response);
        assertEquals(body, 400, response.getStatus());
        JsonNode json = JSON.readTree(body);
        assertEquals(body, field, json.get("field").asText());
        assertThat(json.get("problems").get(0).get("message").asText(), containsString(message));
        assertEquals(SpaceSettings.defaults(DENVER), settings.get(SPACE));
    }

    /** The settings a space nobody configured has, as the page would send them. */
    private ObjectNode validBody() {
        return (ObjectNode) JSON.valueToTree(SpaceSettingsJson.of(SpaceSettings.defaults(DENVER)));
    }

    private static byte[] bytes(JsonNode json) throws Exception {
        return JSON.writeValueAsBytes(json);
    }

    private static String body(Response response) throws Exception {
        return JSON.writeValueAsString(response.getEntity());
    }

    private static JsonNode json(Response response) throws Exception {
        return JSON.readTree(body(response));
    }
}
