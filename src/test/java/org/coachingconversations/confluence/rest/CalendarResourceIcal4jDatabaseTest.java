package org.coachingconversations.confluence.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.sal.api.ApplicationProperties;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Every kind of "Add to calendar" file, downloaded from the resource over the real stores, read by an independent
 * calendar parser (ical4j, strict: {@link IcsFile}) as a calendar program would import it: it parses and validates,
 * holds one all-day event on the stored day whatever the space's zone, links the page, keeps its UID from one
 * download to the next, and carries text people typed exactly.
 *
 * <p>The two spaces are 24 hours apart: at the fixed instant it is 23:30 on 15 March in Honolulu and 23:30 on
 * 16 March on Kiritimati, so a date that went through an instant in the wrong zone would shift by a day.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(PluginTables.class)
public class CalendarResourceIcal4jDatabaseTest {

    private static final Instant FIRST_DOWNLOAD = Instant.parse("2026-03-16T09:30:00Z");
    private static final Instant SECOND_DOWNLOAD = Instant.parse("2026-03-16T10:45:00Z");
    private static final Map<String, ZoneId> SPACES = Map.of(
            "HONOLULU", ZoneId.of("Pacific/Honolulu"),
            "KIRITIMATI", ZoneId.of("Pacific/Kiritimati"));
    private static final LocalDate DAY = LocalDate.of(2026, 3, 16);
    private static final String ANA = "key-ana";
    private static final String JAMES = "key-james";
    private static final String SITE = "https://wiki.lincoln.example/confluence";
    /** Everything TEXT must escape, letters outside ASCII, and over 200 characters, so the line must fold. */
    private static final String HOSTILE = "Llamar a la Sra. Núñez, luego; revisar \\ notas\\n\nEND:VEVENT\n"
            + "BEGIN:VEVENT\nSUMMARY:otra «cosa» 😀 " + "extenso ".repeat(20) + "fin";

    private EntityManager entityManager;
    private final TestUsers users = new TestUsers();
    private final PagePermissionGrants permissions = new PagePermissionGrants();
    private AoSpaceSettingsRepository settings;
    private AoConversationRepository conversations;
    private AoCycleRecordRepository records;
    private AoActionStepRepository steps;
    /** Per space: the conversation page, the Cycle Record page and the due step. */
    private final Map<String, long[]> ids = new LinkedHashMap<>();
    private long hostileStep;
    private long lineBreakStep;
    private CalendarResource target;

    @Before
    public void setUp() {
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        settings = new AoSpaceSettingsRepository(activeObjects, new FixedTimeZoneManager(ZoneOffset.UTC));
        conversations = new AoConversationRepository(activeObjects);
        records = new AoCycleRecordRepository(activeObjects, settings, Clock.fixed(FIRST_DOWNLOAD, ZoneOffset.UTC));
        steps = new AoActionStepRepository(activeObjects);
        long page = 700;
        for (Map.Entry<String, ZoneId> space : SPACES.entrySet()) {
            settings.save(space.getKey(), SpaceSettings.defaults(space.getValue()));
            long conversation = ++page;
            long record = ++page;
            conversations.register(new StoredConversation(conversation, space.getKey(),
                    ConversationType.COACHING_CONVERSATION, ANA, Optional.of(JAMES), DAY.minusDays(14),
                    Optional.of(DAY), Optional.empty()));
            records.register(new StoredCycleRecord(record, space.getKey(), ANA, JAMES, CycleRecordDates
                    .observed(DAY.minusDays(2), ObservationType.FULL).withConferenceOn(DAY)));
            long step = steps.addToPage(record, List.of(ActionStep.open(record, space.getKey(), ANA,
                    ParticipantRole.TEACHER, "Exit tickets", DAY))).get(0).value().id();
            ids.put(space.getKey(), new long[] {conversation, record, step});
            permissions.view(conversation, ANA).view(record, ANA);
        }
        long record = ids.get("HONOLULU")[1];
        List<Long> typed = steps.addToPage(record, List.of(
                ActionStep.open(record, "HONOLULU", ANA, ParticipantRole.TEACHER, HOSTILE, DAY),
                ActionStep.open(record, "HONOLULU", ANA, ParticipantRole.TEACHER, "one\r\ntwo\rthree", DAY)))
                .stream().map(step -> step.value().id()).toList();
        hostileStep = typed.get(0);
        lineBreakStep = typed.get(1);
        users.add(ANA, "ana.ruiz", "Ana Ruiz");
        users.actAs(ANA);
        target = resourceAt(FIRST_DOWNLOAD);
    }

    @Test
    public void everyDownload_shouldBeOneValidAllDayEventOnTheStoredDay_inAZoneEitherSideOfTheDateLine() {
        for (Map.Entry<String, long[]> space : ids.entrySet()) {
            // Given
            long conversation = space.getValue()[0];
            long record = space.getValue()[1];
            SpaceSettings spaceSettings = settings.get(space.getKey());
            LocalDate lastDayToFinalize = new CycleRecordTimeline(spaceSettings.timeline(), spaceSettings.calendar())
                    .window(records.find(record).orElseThrow().value().dates(), MilestoneKind.RECORD_FINALIZED)
                    .orElseThrow().latest();

            // When
            Map<String, IcsFile> files = downloads(target, space.getValue());

            // Then
            for (Map.Entry<String, IcsFile> file : files.entrySet()) {
                String what = space.getKey() + " " + file.getKey();
                IcsFile ics = file.getValue();
                LocalDate expected = file.getKey().equals("finalization") ? lastDayToFinalize : DAY;
                long page = file.getKey().equals("next-conversation") ? conversation : record;
                assertEquals(what, expected, ics.date("DTSTART"));
                assertEquals(what, expected.plusDays(1), ics.date("DTEND"));
                assertEquals(what, SPACES.get(space.getKey()).getId(), ics.calendarValue("X-WR-TIMEZONE"));
                assertEquals(what, SITE + "/pages/viewpage.action?pageId=" + page, ics.value("URL"));
                assertTrue(what, ics.value("DESCRIPTION").endsWith(SITE + "/pages/viewpage.action?pageId=" + page));
                assertEquals(what, "20260316T093000Z", ics.value("DTSTAMP"));
            }
        }
    }

    @Test
    public void everyDownload_shouldKeepItsUidOnASecondDownload_andNoTwoEventsShareOne() {
        // Given
        List<String> firstUids = new ArrayList<>();
        List<String> secondUids = new ArrayList<>();
        CalendarResource later = resourceAt(SECOND_DOWNLOAD);

        // When
        for (long[] space : ids.values()) {
            downloads(target, space).values().forEach(file -> firstUids.add(file.value("UID")));
            downloads(later, space).values().forEach(file -> {
                secondUids.add(file.value("UID"));
                assertEquals("20260316T104500Z", file.value("DTSTAMP"));
            });
        }

        // Then
        assertEquals(firstUids, secondUids);
        assertEquals(8, new HashSet<>(firstUids).size());
        assertTrue(firstUids.stream().allMatch(uid -> uid.endsWith("@wiki.lincoln.example")));
    }

    @Test
    public void actionStep_shouldCarryTypedTextExactly_whateverItHolds() {
        // When
        String raw = (String) target.actionStep("" + hostileStep).getEntity();
        IcsFile hostile = IcsFile.read(raw);
        IcsFile lineBreaks = IcsFile.read((String) target.actionStep("" + lineBreakStep).getEntity());

        // Then
        assertTrue("over 200 characters", HOSTILE.length() > 200);
        assertEquals("Action step due: " + HOSTILE, hostile.value("SUMMARY"));
        assertEquals(HOSTILE + "\n" + SITE + "/pages/viewpage.action?pageId=" + ids.get("HONOLULU")[1],
                hostile.value("DESCRIPTION"));
        assertEquals("the typed text added no event", 1, hostile.calendar().getComponents().size());
        assertTrue("the summary is folded", raw.contains("\r\n "));
        assertEquals("CR LF and a lone CR are line breaks; TEXT has only LF", "Action step due: one\ntwo\nthree",
                lineBreaks.value("SUMMARY"));
    }

    private Map<String, IcsFile> downloads(CalendarResource resource, long[] space) {
        Map<String, IcsFile> files = new LinkedHashMap<>();
        files.put("next-conversation", file(resource.nextConversation("" + space[0])));
        files.put("post-conference", file(resource.postConference("" + space[1])));
        files.put("finalization", file(resource.finalization("" + space[1])));
        files.put("action-step", file(resource.actionStep("" + space[2])));
        return files;
    }

    private static IcsFile file(Response response) {
        assertEquals(200, response.getStatus());
        return IcsFile.read((String) response.getEntity());
    }

    private CalendarResource resourceAt(Instant instant) {
        ApplicationProperties site = mode -> SITE + "/";
        return new CalendarResource(users, BundleI18nResolver.fromDescriptor(), new CalendarDownloads(permissions,
                conversations, records, steps, settings, CalendarResource.links(site),
                Clock.fixed(instant, ZoneOffset.UTC)));
    }
}
