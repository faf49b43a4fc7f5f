package org.coachingconversations.confluence.macro;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.application.cyclerecord.AcknowledgeCycleRecord;
import org.coachingconversations.domain.acknowledgement.AcknowledgementKind;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.persistence.conversation.AoCycleRecordRepository;
import org.coachingconversations.testing.access.PagePermissionGrants;
import org.coachingconversations.testing.acknowledgement.AcknowledgementsOnDatabase;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.PluginTables;
import org.coachingconversations.testing.host.RenderedOn;
import org.coachingconversations.testing.i18n.ReaderLanguages;
import org.coachingconversations.testing.sal.TestUsers;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The acknowledgement macro over the real stores, rendered by Velocity 1.7 with Confluence's escaping rule, for each
 * kind of viewer: the record's teacher gets the answer form only while she may answer, its observer the finalize
 * button only while he may finalize, everyone who may view the page the answer, and nobody a control from text.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(PluginTables.class)
public class AcknowledgementMacroDatabaseTest {

    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>&\"'</dd></dl>"
            + "<ac:structured-macro ac:name=\"html\"/>";
    private static final String SPACE = "LINCOLN";
    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-16T17:00:00Z"), ZoneOffset.UTC);
    private static final String ANA = "key-ana";
    private static final String JAMES = "key-james";
    private static final String MARIA = "key-maria";
    private static final long RECORD = 601;
    private static final long PLAIN_PAGE = 602;

    private EntityManager entityManager;
    private AoCycleRecordRepository records;
    private AcknowledgeCycleRecord acknowledgements;
    private final TestUsers users = new TestUsers();
    private final PagePermissionGrants permissions = new PagePermissionGrants();
    private AcknowledgementsOnDatabase database;
    private AcknowledgementMacro target;

    @Before
    public void setUp() {
        database = new AcknowledgementsOnDatabase(entityManager, SPACE, DENVER, CLOCK,
                permissions, users);
        records = database.records;
        acknowledgements = database.acknowledgements;
        target = new AcknowledgementMacro(VelocityTemplateRenderer.forPlugin(), users, acknowledgements,
                database.presenter);
        users.add(ANA, "ana.ruiz", "Ana Ruiz").add(JAMES, "james\"><b>x</b>", HOSTILE).add(MARIA, "maria.lopez",
                "Maria Lopez");
        records.register(new StoredCycleRecord(RECORD, SPACE, ANA, JAMES,
                CycleRecordDates.observed(LocalDate.of(2026, 3, 10), ObservationType.FULL)
                        .withConferenceOn(LocalDate.of(2026, 3, 12))));
        permissions.view(RECORD, ANA, JAMES, MARIA).view(PLAIN_PAGE, ANA);
    }

    @Test
    public void execute_shouldOfferFinalizationToTheObserverOnly_beforeTheRecordIsFinalized() throws Exception {
        // When
        Document forJames = render(RECORD, JAMES);
        Document forAna = render(RECORD, ANA);
        Document forMaria = render(RECORD, MARIA);

        // Then
        Element finalize = forJames.selectFirst("form.coaching-acknowledgement-finalize");
        assertNotNull(finalize);
        assertFalse(finalize.hasAttr("hidden"));
        assertEquals("Mark finalized", finalize.selectFirst("button").text());
        Element anasForm = forAna.selectFirst("form.coaching-acknowledgement-form");
        assertTrue("the teacher's form waits for finalization", anasForm.hasAttr("hidden"));
        assertNull(forAna.selectFirst("form.coaching-acknowledgement-finalize"));
        assertTrue(forMaria.select("form").isEmpty());
        assertThat(forMaria.selectFirst(".coaching-acknowledgement-stage").text(),
                containsString("Not finalized yet."));
        assertTrue(forMaria.selectFirst(".coaching-acknowledgement-answer").hasAttr("hidden"));
    }

    @Test
    public void execute_shouldOfferThePostConferenceAndFinalizationDeadlineForACalendar_onlyUntilFinalized()
            throws Exception {
        // When
        Document before = render(RECORD, MARIA);
        acknowledgements.markFinalized(RECORD, Optional.of(JAMES), 0);
        Document after = render(RECORD, MARIA);

        // Then
        List<Element> links = before.select(".coaching-calendar-links a.coaching-add-to-calendar");
        assertEquals(List.of("Add the post-conference to your calendar",
                "Add the finalization deadline to your calendar"), links.stream().map(Element::text).toList());
        assertEquals("/confluence/rest/coaching/1.0/calendar/pages/601/post-conference.ics", links.get(0).attr("href"));
        assertEquals("/confluence/rest/coaching/1.0/calendar/pages/601/finalization.ics", links.get(1).attr("href"));
        assertTrue(after.select(".coaching-calendar-links").isEmpty());
    }

    @Test
    public void execute_shouldOfferAcknowledgeAndObjectToTheTeacher_onceFinalized() throws Exception {
        // Given
        acknowledgements.markFinalized(RECORD, Optional.of(JAMES), 0);

        // When
        Document forAna = render(RECORD, ANA);
        Document forJames = render(RECORD, JAMES);

        // Then
        Element form = forAna.selectFirst("form.coaching-acknowledgement-form");
        assertFalse(form.hasAttr("hidden"));
        assertEquals("Acknowledge \u2013 I have received this record",
                form.selectFirst("button[value=received]").text());
        assertEquals("Object", form.selectFirst("button[value=objection]").text());
        assertEquals("10000", form.selectFirst("textarea").attr("maxlength"));
        Element root = forAna.selectFirst(".coaching-acknowledgement");
        assertEquals("601", root.attr("data-page-id"));
        assertEquals("/confluence", root.attr("data-base-url"));
        assertEquals("1", root.attr("data-record-version"));
        assertEquals("", root.attr("data-answer-version"));
        assertTrue(forJames.selectFirst("form.coaching-acknowledgement-finalize").hasAttr("hidden"));
        assertNull(forJames.selectFirst("form.coaching-acknowledgement-form"));
    }

    @Test
    public void execute_shouldShowTheFinalizationDayAndTheAnswersTime_inTheReadersLanguage() throws Exception {
        // Given an answered record
        acknowledgements.markFinalized(RECORD, Optional.of(JAMES), 0);
        acknowledgements.answer(RECORD, Optional.of(ANA), AcknowledgementKind.ACKNOWLEDGED, null,
                OptionalLong.empty());

        // When an English and a Spanish reader view it
        Document english = render(RECORD, MARIA);
        database.languages.reader(ReaderLanguages.SPANISH);
        Document spanish = render(RECORD, MARIA);

        // Then
        assertEquals("Mar 16, 2026, 5:00 PM UTC", english.selectFirst(".coaching-acknowledgement-at").text());
        assertThat(english.selectFirst(".coaching-acknowledgement-stage").text(), containsString("Mar 16, 2026"));
        assertEquals("16 mar 2026 17:00 UTC", spanish.selectFirst(".coaching-acknowledgement-at").text());
        assertThat(spanish.selectFirst(".coaching-acknowledgement-stage").text(), containsString("16 mar 2026"));
    }

    @Test
    public void execute_shouldShowWhoObjectedWhenAndWhy_asTextForEveryViewer() throws Exception {
        // Given
        acknowledgements.markFinalized(RECORD, Optional.of(JAMES), 0);
        acknowledgements.answer(RECORD, Optional.of(ANA), AcknowledgementKind.OBJECTED, HOSTILE,
                OptionalLong.empty());

        // When
        String html = execute(RECORD, MARIA);
        Document forMaria = Jsoup.parse(html);
        Document forAna = render(RECORD, ANA);

        // Then
        assertTrue(forMaria.select("script, img, b, ac|structured-macro").isEmpty());
        assertThat(html, not(containsString("<ac:structured-macro")));
        assertEquals("Objected", forMaria.selectFirst(".coaching-acknowledgement-kind").text());
        assertEquals("Ana Ruiz", forMaria.selectFirst(".coaching-acknowledgement-by a").text());
        assertEquals("/confluence/display/~ana.ruiz", forMaria.selectFirst(".coaching-acknowledgement-by a")
                .attr("href"));
        assertEquals("Mar 16, 2026, 5:00 PM UTC", forMaria.selectFirst(".coaching-acknowledgement-at").text());
        assertEquals(HOSTILE, forMaria.selectFirst(".coaching-acknowledgement-text").text());
        assertThat(forMaria.selectFirst(".coaching-acknowledgement-stage").text(),
                containsString("The teacher, Ana Ruiz, objected"));
        Element anasForm = forAna.selectFirst("form.coaching-acknowledgement-form");
        assertFalse("an objection may still be changed", anasForm.hasAttr("hidden"));
        assertEquals("the reasons to reword", HOSTILE, anasForm.selectFirst("textarea").wholeText());
        assertFalse(anasForm.selectFirst(".coaching-acknowledgement-objected-note").hasAttr("hidden"));
        assertEquals("0", forAna.selectFirst(".coaching-acknowledgement").attr("data-answer-version"));
    }

    @Test
    public void execute_shouldBeReadOnlyForEveryone_onceAcknowledged() throws Exception {
        // Given
        acknowledgements.markFinalized(RECORD, Optional.of(JAMES), 0);
        acknowledgements.answer(RECORD, Optional.of(ANA), AcknowledgementKind.ACKNOWLEDGED, null,
                OptionalLong.empty());

        // When
        Document forAna = render(RECORD, ANA);

        // Then
        assertTrue(forAna.selectFirst("form.coaching-acknowledgement-form").hasAttr("hidden"));
        assertEquals("Received", forAna.selectFirst(".coaching-acknowledgement-kind").text());
        assertTrue(forAna.selectFirst(".coaching-acknowledgement-text").hasAttr("hidden"));
        assertThat(forAna.selectFirst(".coaching-acknowledgement-stage").text(),
                containsString("This answer is final."));
    }

    @Test
    public void execute_shouldShowTheObserversHostileNameAsText() throws Exception {
        // When
        String html = execute(RECORD, ANA);
        Document shown = Jsoup.parse(html);

        // Then
        assertTrue(shown.select("script, img, b").isEmpty());
        assertThat(shown.selectFirst(".coaching-acknowledgement-stage").text(), containsString(HOSTILE));
    }

    @Test
    public void execute_shouldSayTheSameOnAPageWithoutARecord_asToSomeoneWhoMayNotViewIt() throws Exception {
        // When
        String plain = execute(PLAIN_PAGE, ANA);
        String unviewable = execute(RECORD, "key-david");
        String anonymous = execute(RECORD, null);

        // Then
        assertEquals(plain, unviewable);
        assertEquals(plain, anonymous);
        assertEquals("This control works on a Cycle Record created from the Post-conference Cycle Record blueprint.",
                Jsoup.parse(plain).text());
        assertTrue(Jsoup.parse(plain).select("form, [data-page-id]").isEmpty());
    }

    @Test
    public void execute_shouldIgnoreParameters_andNeverAnswerForAnotherPage() throws Exception {
        // When
        users.actAs(ANA);
        String html = target.execute(Map.of("pageId", "" + RECORD, "teacher", ANA), null, RenderedOn.page(PLAIN_PAGE));

        // Then
        assertTrue(Jsoup.parse(html).select("form, [data-page-id]").isEmpty());
    }

    private Document render(long pageId, String viewerKey) throws Exception {
        return Jsoup.parse(execute(pageId, viewerKey));
    }

    private String execute(long pageId, String viewerKey) throws Exception {
        users.actAs(viewerKey);
        return target.execute(Map.of(), null, RenderedOn.page(pageId));
    }
}
