package org.coachingconversations.confluence.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.sal.api.ApplicationProperties;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.application.calendar.CalendarDownloads;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.timeline.CycleRecordTimeline;
import org.coachingconversations.domain.timeline.MilestoneKind;
import org.coachingconversations.persistence.actionstep.AoActionStepRepository;
import org.coachingconversations.persistence.conversation.AoConversationRepository;
import org.coachingconversations.persistence.conversation.AoCycleRecordRepository;
import org.coachingconversations.persistence.settings.AoSpaceSettingsRepository;
import org.coachingconversations.testing.access.PagePermissionGrants;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.ao.PluginTables;
import org.coachingconversations.testing.calendar.IcsFile;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.coachingconversations.testing.sal.FixedTimeZoneManager;
import org.coachingconversations.testing.sal.TestUsers;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The "Add to calendar" downloads from the resource class over the real stores on a real database: the file with its
 * type, disposition and the dates of the space's zone, and the 404 that is the same for a page the caller may not
 * view, a page without the date and one that does not exist. Only page permissions and users are stand-ins.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(PluginTables.class)
public class CalendarResourceDatabaseTest {

    /** A space far from UTC: 23:30 on 16 March in Auckland is still 16 March 10:30 UTC. */
    private static final String SPACE = "AUCKLAND";
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-16T10:30:00Z"), ZoneOffset.UTC);
    private static final String ANA = "key-ana";
    private static final String JAMES = "key-james";
    private static final String DAVID = "key-david";
    private static final long CONVERSATION = 601;
    private static final long RECORD = 602;
    private static final long UNSCHEDULED_RECORD = 603;
    private static final long STEPS_PAGE = 604;
    private static final long PLAIN_PAGE = 605;
    private static final String SITE = "https://wiki.lincoln.example/confluence";

    private EntityManager entityManager;
    private final TestUsers users = new TestUsers();
    private final PagePermissionGrants permissions = new PagePermissionGrants();
    private AoSpaceSettingsRepository settings;
    private long dueStep;
    private long undatedStep;
    private CalendarResource target;

    @Before
    public void setUp() {
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        settings = new AoSpaceSettingsRepository(activeObjects, new FixedTimeZoneManager(ZoneOffset.UTC));
        settings.save(SPACE, SpaceSettings.defaults(AUCKLAND));
        AoConversationRepository conversations = new AoConversationRepository(activeObjects);
        AoCycleRecordRepository records = new AoCycleRecordRepository(activeObjects, settings, CLOCK);
        AoActionStepRepository steps = new AoActionStepRepository(activeObjects);
        conversations.register(new StoredConversation(CONVERSATION, SPACE, ConversationType.COACHING_CONVERSATION,
                ANA, Optional.of(JAMES), LocalDate.of(2026, 3, 16), Optional.of(LocalDate.of(2026, 3, 30)),
                Optional.empty()));
        records.register(new StoredCycleRecord(RECORD, SPACE, ANA, JAMES, CycleRecordDates
                .observed(LocalDate.of(2026, 3, 10), ObservationType.FULL).withConferenceOn(LocalDate.of(2026, 3, 12))));
        records.register(new StoredCycleRecord(UNSCHEDULED_RECORD, SPACE, ANA, JAMES,
                CycleRecordDates.observed(LocalDate.of(2026, 3, 10), ObservationType.FULL)));
        List<Long> ids = steps.addToPage(STEPS_PAGE, List.of(
                ActionStep.open(STEPS_PAGE, SPACE, ANA, ParticipantRole.TEACHER,
                        "Exit tickets, then; sort by \\ level", LocalDate.of(2026, 3, 27)),
                ActionStep.open(STEPS_PAGE, SPACE, ANA, ParticipantRole.TEACHER, "Read chapter 3", null)))
                .stream().map(step -> step.value().id()).toList();
        dueStep = ids.get(0);
        undatedStep = ids.get(1);
        users.add(ANA, "ana.ruiz", "Ana Ruiz").add(JAMES, "james.carter", "James Carter")
                .add(DAVID, "david.kim", "David Kim");
        for (long page : new long[] {CONVERSATION, RECORD, UNSCHEDULED_RECORD, STEPS_PAGE}) {
            permissions.view(page, ANA, JAMES);
        }
        permissions.view(PLAIN_PAGE, ANA, DAVID);
        ApplicationProperties site = mode -> SITE + "/";
        target = new CalendarResource(users, BundleI18nResolver.fromDescriptor(), new CalendarDownloads(permissions,
                conversations, records, steps, settings, CalendarResource.links(site), CLOCK));
    }

    @Test
    public void nextConversation_shouldDownloadTheAgreedDate_asAnAllDayEventInTheSpacesZone() {
        // When
        users.actAs(ANA);
        Response response = target.nextConversation("" + CONVERSATION);

        // Then
        IcsFile event = calendar(response, "coaching-next-conversation-601.ics");
        assertEquals(LocalDate.of(2026, 3, 30), event.date("DTSTART"));
        assertEquals("Next coaching conversation", event.value("SUMMARY"));
        assertEquals(SITE + "/pages/viewpage.action?pageId=601", event.value("URL"));
        assertEquals("coaching-next-conversation-page-601@wiki.lincoln.example", event.value("UID"));
        assertEquals("Pacific/Auckland", event.calendarValue("X-WR-TIMEZONE"));
        assertEquals("20260316T103000Z", event.value("DTSTAMP"));
    }

    @Test
    public void postConferenceAndFinalization_shouldGiveTheConferenceDateAndTheLastDayToFinalize() {
        // Given
        SpaceSettings space = settings.get(SPACE);
        CycleRecordTimeline timeline = new CycleRecordTimeline(space.timeline(), space.calendar());
        CycleRecordDates dates = CycleRecordDates.observed(LocalDate.of(2026, 3, 10), ObservationType.FULL)
                .withConferenceOn(LocalDate.of(2026, 3, 12));
        LocalDate lastDayToFinalize = timeline.window(dates, MilestoneKind.RECORD_FINALIZED).orElseThrow().latest();
        LocalDate lastDayToConfer = timeline.conferenceWindow(LocalDate.of(2026, 3, 10)).latest();
        users.actAs(JAMES);

        // When
        IcsFile conference = event(target.postConference("" + RECORD),
                "coaching-post-conference-602.ics");
        IcsFile finalization = event(target.finalization("" + RECORD), "coaching-finalization-602.ics");
        IcsFile unscheduled = event(target.postConference("" + UNSCHEDULED_RECORD),
                "coaching-post-conference-603.ics");

        // Then
        assertEquals(LocalDate.of(2026, 3, 12), conference.date("DTSTART"));
        assertEquals(lastDayToFinalize, finalization.date("DTSTART"));
        assertTrue("finalization is due after the conference", lastDayToFinalize.isAfter(LocalDate.of(2026, 3, 12)));
        assertEquals("Cycle Record finalization deadline", finalization.value("SUMMARY"));
        assertEquals("without a date, the last day of the window", lastDayToConfer, unscheduled.date("DTSTART"));
        assertTrue(!conference.value("UID").equals(finalization.value("UID")));
    }

    @Test
    public void actionStep_shouldDownloadTheDueDate_withTheStepTextEscaped() {
        // When
        users.actAs(ANA);
        IcsFile event = event(target.actionStep("" + dueStep), "coaching-action-step-" + dueStep + ".ics");

        // Then
        assertEquals(LocalDate.of(2026, 3, 27), event.date("DTSTART"));
        assertEquals("Action step due: Exit tickets, then; sort by \\ level", event.value("SUMMARY"));
        assertEquals("coaching-action-step-step-" + dueStep + "@wiki.lincoln.example", event.value("UID"));
        assertEquals(SITE + "/pages/viewpage.action?pageId=604", event.value("URL"));
    }

    @Test
    public void everyDownload_shouldGiveTheSame404_forAnUnviewablePage_aMissingDate_aMissingPage_andANonsenseId() {
        // Given
        users.actAs(DAVID);
        Response[] answers = {
            target.nextConversation("" + CONVERSATION),
            target.postConference("" + RECORD),
            target.finalization("" + RECORD),
            target.actionStep("" + dueStep),
            target.nextConversation("" + PLAIN_PAGE),
            target.postConference("" + PLAIN_PAGE),
            target.finalization("999999"),
            target.actionStep("999999"),
            target.actionStep("abc"),
            target.nextConversation("-1"),
        };
        users.actAs(ANA);
        Response undated = target.actionStep("" + undatedStep);
        Response notScheduled = target.finalization("" + UNSCHEDULED_RECORD);

        // Then
        for (Response response : answers) {
            assertEquals(404, response.getStatus());
            assertEquals(RestResponses.notFound().getEntity(), response.getEntity());
        }
        assertEquals(RestResponses.notFound().getEntity(), undated.getEntity());
        assertEquals(RestResponses.notFound().getEntity(), notScheduled.getEntity());
    }

    @Test
    public void everyDownload_shouldAnswer404_whenThePermissionCheckFails_and401_withoutASignedInUser() {
        // Given
        permissions.failFor(CONVERSATION);
        users.actAs(ANA);

        // When / Then
        assertEquals(404, target.nextConversation("" + CONVERSATION).getStatus());
        users.actAs(null);
        assertEquals(401, target.postConference("" + RECORD).getStatus());
        assertEquals(401, target.actionStep("" + dueStep).getStatus());
    }

    private static IcsFile event(Response response, String fileName) {
        return calendar(response, fileName);
    }

    private static IcsFile calendar(Response response, String fileName) {
        assertEquals(200, response.getStatus());
        assertTrue(response.getMediaType().isCompatible(new MediaType("text", "calendar")));
        assertEquals("utf-8", response.getMediaType().getParameters().get("charset"));
        assertEquals("attachment; filename=\"" + fileName + "\"", response.getHeaderString("Content-Disposition"));
        return IcsFile.read((String) response.getEntity());
    }
}
