package org.coachingconversations.confluence.blueprint;

import static org.coachingconversations.testing.blueprint.ContentTemplates.AC;
import static org.coachingconversations.testing.blueprint.ContentTemplates.RI;
import static org.coachingconversations.testing.blueprint.ContentTemplates.elements;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.I18N;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.TEMPLATE_RENDERER_HELPER;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.SPACE;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.TERESA;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.HOSTILE;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.page;
import static org.coachingconversations.testing.blueprint.StoragePages.datetimes;
import static org.coachingconversations.testing.blueprint.StoragePages.rows;
import static org.coachingconversations.testing.blueprint.StoragePages.macrosUnder;
import static org.coachingconversations.testing.blueprint.StoragePages.table;
import static org.coachingconversations.testing.blueprint.StoragePages.texts;
import org.coachingconversations.testing.blueprint.ContextProviderFixture;
import org.coachingconversations.testing.blueprint.WizardFields;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.coachingconversations.domain.calendar.Holiday;
import org.coachingconversations.domain.people.KnownUser;
import org.coachingconversations.domain.settings.InMemorySpaceSettingsStore;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.testing.blueprint.RecordingBlueprintContext;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

public class CycleRecordContextProviderTest {

    private static final Path TEMPLATE = Path.of("src/main/resources/blueprint/cycle-record/content.xml");
    private static final ZoneId ZONE = ZoneId.of("America/Denver");
    private static final KnownUser OMAR = new KnownUser("8a7f808a6a0f9e1b", "Omar Haddad");
    /** Monday 2 March 2026: the post-conference window is Wednesday 4 to Monday 9 March without holidays. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final ContextProviderFixture fixture = new ContextProviderFixture(Map.of("tmorales", TERESA, "ohaddad", OMAR));
    private final SpaceSettingsStore store = new InMemorySpaceSettingsStore(ZONE);

    private final CycleRecordContextProvider target = new CycleRecordContextProvider(I18N, fixture.pageTitles(), fixture.directory(), store,
            TEMPLATE_RENDERER_HELPER);



    @Test
    public void page_shouldHoldTheSeedSectionsInOrder() {
        // When
        Document page = fill(new CycleWizard().context());

        // Then
        assertEquals(List.of("Observation and post-conference", "Post-Conferencing Protocol", "Strengths",
                "Areas for growth", "Ratings", "Next steps for the teacher", "Next steps for the observer",
                "Support needed", "Timeline for implementation of new practices", "Follow-up date",
                "Finalize the ratings and Cycle Record", "Teacher acknowledgement"), texts(page, "h2"));
        assertThat(text(page), containsString(I18N.getText("coaching.guide.protocol.introduction")));
    }

    @Test
    public void page_shouldShowTheDetailsWithTeacherAndObserverMentioned_andTheConferenceWindow() {
        // When
        Document page = fill(new CycleWizard().conferenceDate("2026-03-05").context());

        // Then
        Element details = table(page, 0);
        List<String> rows = rows(details);
        assertEquals(List.of("Teacher", "Observer", "Observation date", "Observation type: Full", "Post-conference date"),
                rows.subList(0, 5));
        assertThat(rows.get(5), containsString("Post-conference window: "));
        assertThat(rows.get(5), containsString("(2\u20135 school days after the observation)"));
        assertEquals(List.of(TERESA.userKey(), OMAR.userKey()), userKeys(details));
        assertEquals(List.of("2026-03-02", "2026-03-05", "2026-03-04", "2026-03-09"), datetimes(details));
    }

    @Test
    public void page_shouldListEveryProtocolStepByPhase_withTheReflectionGuide_forAFullObservation() {
        // When
        Document page = fill(new CycleWizard().observationType("full").context());

        // Then
        assertEquals(List.of("Before Post-conference", "During Post-conference", "After Post-conference"),
                texts(page, "h3"));
        List<List<String>> steps = protocolRows(page);
        assertEquals(13, steps.size());
        assertTrue(actions(steps).contains(I18N.getText("coaching.guide.protocol.step.complete-reflection-guide")));
        assertTrue(actions(steps).contains(I18N.getText("coaching.guide.protocol.step.review-reflection-guide")));
        assertEquals(List.of("Teacher & Observer", "Teacher", "Teacher", "Observer", "Observer", "Teacher", "Observer"),
                steps.subList(0, 7).stream().map(row -> row.get(0)).toList());
    }

    @Test
    public void page_shouldLeaveOutTheReflectionGuideSteps_forAShortObservation() {
        // When
        Document page = fill(new CycleWizard().observationType("short").context());

        // Then
        List<List<String>> steps = protocolRows(page);
        assertEquals(11, steps.size());
        assertThat(String.join("\n", actions(steps)), not(containsString("Teacher Reflection Guide")));
        assertTrue(actions(steps).contains(I18N.getText("coaching.guide.protocol.step.reflect-on-lesson")));
        assertThat(text(page), containsString("for a Short observation"));
    }

    @Test
    public void page_shouldDateEachProtocolStepInSchoolDays_skippingAHolidayInsideTheWindow() {
        // Given: Thursday 5 and Friday 6 March are closed, so the window runs to Wednesday 11 March
        useSettings(SpaceSettings.builder(ZONE)
                .holiday(Holiday.between("Spring conferences", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6))));

        // When
        Document page = fill(new CycleWizard().conferenceDate("2026-03-10").context());

        // Then
        Map<String, List<String>> due = dueDatesByAction(page);
        assertEquals(List.of("2026-03-04", "2026-03-11"),
                due.get(I18N.getText("coaching.guide.protocol.step.schedule")));
        assertEquals("shared 1-2 school days before the conference, the holiday skipped",
                List.of("2026-03-04", "2026-03-09"),
                due.get(I18N.getText("coaching.guide.protocol.step.complete-reflection-guide")));
        assertEquals(List.of("2026-03-10"), due.get(I18N.getText("coaching.guide.protocol.step.read-evidence")));
        assertEquals(List.of("2026-03-11", "2026-03-13"),
                due.get(I18N.getText("coaching.guide.protocol.step.finalize-record")));
        assertTrue(elements(page, AC, "structured-macro").stream()
                .noneMatch(macro -> "warning".equals(macro.getAttributeNS(AC, "name"))));
    }

    @Test
    public void page_shouldWarn_whenThePostConferenceIsLate() {
        // Given: the window of an observation on Monday 2 March ends on Monday 9 March
        RecordingBlueprintContext context = new CycleWizard().conferenceDate("2026-03-11").context();

        // When
        Document page = fill(context);

        // Then
        Element warning = macro(page, "warning");
        assertThat(warning.getTextContent(), containsString("The post-conference is outside its window"));
        assertThat(warning.getTextContent(), containsString("The post-conference on 2026-03-11 is 2 school days late."));
        assertThat(warning.getTextContent(), containsString("It should be held from 2026-03-04 to 2026-03-09: 2\u20135"
                + " school days after the observation on 2026-03-02"));
    }

    @Test
    public void page_shouldWarn_whenThePostConferenceIsEarly() {
        // When
        Document page = fill(new CycleWizard().conferenceDate("2026-03-03").context());

        // Then
        assertThat(macro(page, "warning").getTextContent(),
                containsString("The post-conference on 2026-03-03 is 1 school day early."));
    }

    @Test
    public void page_shouldAlignStrengthsAreasAndRatingsWithTheSpacesRubricElements() {
        // Given
        useSettings(SpaceSettings.builder(ZONE).rubricName("SOEI")
                .rubricElements(List.of("Questioning", "Student engagement", "Assessment")));

        // When
        Document page = fill(new CycleWizard().context());

        // Then
        for (int table : List.of(4, 5, 6)) {
            assertEquals(List.of("Questioning", "Student engagement", "Assessment"),
                    firstColumn(table(page, table)));
        }
        assertEquals(List.of("Rubric element", "Rating"), texts(table(page, 6), "th"));
        assertThat(text(page), containsString("rate using the SOEI rubric"));
        assertThat(text(page), containsString("aligned to the SOEI rubric element"));
        assertThat(text(page), containsString("aligned to the elements of the SOEI rubric"));
    }

    @Test
    public void page_shouldOfferOneRowToFillIn_whenTheSpaceListsNoRubricElements() {
        // When
        Document page = fill(new CycleWizard().context());

        // Then
        Element strengths = table(page, 4);
        assertEquals(2, strengths.getElementsByTagName("tr").getLength());
        assertEquals(2, strengths.getElementsByTagNameNS(AC, "placeholder").getLength());
        assertThat(text(page), containsString("This space lists no rubric elements"));
        assertThat(text(page), containsString("rate using the observation rubric"));
    }

    @Test
    public void page_shouldListTheNextStepsOfTheTeacherAndOfTheObserverLive_eachUnderItsHeading() {
        // When
        Document page = fill(new CycleWizard().context());

        // Then each section holds the action-steps macro for its role, and no static table or task of steps
        assertEquals(List.of("coaching-action-steps role=teacher"), macrosUnder(page, "Next steps for the teacher"));
        assertEquals(List.of("coaching-action-steps role=observer"), macrosUnder(page, "Next steps for the observer"));
        assertEquals(List.of("New practice", "By when"), texts(table(page, 7), "th"));
        assertThat(text(page), containsString(I18N.getText("coaching.guide.protocol.footnote")));
    }

    @Test
    public void page_shouldGiveEveryTaskItsOwnId() {
        // When
        Document page = fill(new CycleWizard().context());

        // Then
        List<String> ids = elements(page, AC, "task-id").stream().map(Element::getTextContent).toList();
        assertEquals("the protocol's steps and the finalization", 13 + 1, ids.size());
        assertEquals(ids.size(), new HashSet<>(ids).size());
    }

    @Test
    public void page_shouldGiveTheObserverTheFinalizationDeadline() {
        // When
        Document page = fill(new CycleWizard().conferenceDate("2026-03-05").context());

        // Then: 1-3 school days after Thursday 5 March
        assertThat(text(page), containsString("from 2026-03-06 to 2026-03-10"));
        Element lastTask = elements(page, AC, "task").get(elements(page, AC, "task").size() - 1);
        assertEquals(OMAR.userKey(), ((Element) lastTask.getElementsByTagNameNS(RI, "user").item(0))
                .getAttributeNS(RI, "userkey"));
        assertEquals("2026-03-10", ((Element) lastTask.getElementsByTagName("time").item(0)).getAttribute("datetime"));
    }

    @Test
    public void page_shouldExplainThatAcknowledgingMeansReceived_notAgreed_andThatTheTeacherMayObject() {
        // When
        Document page = fill(new CycleWizard().context());

        // Then
        String acknowledgement = macro(page, "info", 1).getTextContent();
        assertThat(acknowledgement, containsString("means that the teacher received this Cycle Record. It does not mean"
                + " that the teacher agrees with it."));
        assertThat(acknowledgement, containsString("may object and add additional information"));
        assertThat(acknowledgement, containsString("0\u20135 school days after the record is finalized"));
    }

    @Test
    public void page_shouldEndWithTheAcknowledgementControl_withoutParametersAndWithoutATableToTypeTheAnswerInto() {
        // When
        Document page = fill(new CycleWizard().context());

        // Then
        List<Element> macros = elements(page, AC, "structured-macro");
        Element control = macros.get(macros.size() - 1);
        assertEquals("coaching-acknowledgement", control.getAttributeNS(AC, "name"));
        assertEquals(0, control.getChildNodes().getLength());
        assertThat(page.getDocumentElement().getTextContent(), not(containsString("Acknowledged (received) or Objected")));
    }

    @Test
    public void page_shouldShowHostileSettingsAndUserKeysAsText() {
        // Given
        useSettings(SpaceSettings.builder(ZONE).rubricName("<script>alert(1)</script>")
                .rubricElements(List.of(HOSTILE)));
        fixture.users().put("tmorales", new KnownUser("key\"><script>alert(2)</script>", "Teresa <b>Morales</b>"));

        // When
        RecordingBlueprintContext context = new CycleWizard().context();
        Document page = fill(context);

        // Then
        assertEquals(0, page.getElementsByTagName("script").getLength());
        assertEquals(0, page.getElementsByTagName("b").getLength());
        assertTrue(elements(page, AC, "plain-text-body").isEmpty());
        assertTrue(elements(page, AC, "structured-macro").stream()
                .noneMatch(macro -> "html".equals(macro.getAttributeNS(AC, "name"))));
        assertEquals(HOSTILE, firstColumn(table(page, 4)).get(0));
        assertThat(text(page), containsString("rate using the <script>alert(1)</script> rubric"));
        assertEquals("key\"><script>alert(2)</script>", userKeys(table(page, 0)).get(0));
        assertEquals("Cycle Record \u2014 Teresa <b>Morales</b> \u2014 2026-03-02", context.title());
    }

    @Test
    public void updateBlueprintContext_shouldRefuseWithFieldMessages_andAddNothing_whenTheInputIsInvalid() {
        // Given
        RecordingBlueprintContext context = new CycleWizard().observer(null).observationDate("2026-02-30")
                .observationType("long").conferenceDate("03/05/2026").context();
        Map<String, Object> before = new LinkedHashMap<>(context.getMap());

        // When
        WizardInputRejectedException refusal = refusal(context);

        // Then
        assertEquals(Map.of(
                "observer", List.of("Observer is required."),
                "observationDate", List.of("Observation date: \u201c2026-02-30\u201d is not a valid date; that day does"
                        + " not exist. Write it as yyyy-MM-dd, for example 2026-09-14."),
                "observationType", List.of("Observation type: \u201clong\u201d is not one of the choices (full, focused,"
                        + " short)."),
                "conferenceDate", List.of("Post-conference date: \u201c03/05/2026\u201d is not a date. Write it as"
                        + " yyyy-MM-dd, for example 2026-09-14.")), refusal.messagesByField());
        assertEquals(List.of("observer", "observationDate", "observationType", "conferenceDate"),
                List.copyOf(refusal.messagesByField().keySet()));
        assertNull(context.title());
        assertEquals(before, context.getMap());
    }

    @Test
    public void updateBlueprintContext_shouldRefuse_whenThePostConferenceComesBeforeTheObservation() {
        // When
        WizardInputRejectedException refusal = refusal(new CycleWizard().conferenceDate("2026-03-01").context());

        // Then
        assertEquals(Map.of("conferenceDate",
                List.of("Post-conference date cannot be before the observation date (2026-03-02).")),
                refusal.messagesByField());
    }

    @Test
    public void updateBlueprintContext_shouldRefuse_whenNoUserHasTheNames() {
        // When
        WizardInputRejectedException refusal = refusal(new CycleWizard().teacher("nobody").observer("ghost").context());

        // Then
        assertEquals(Map.of(
                "teacher", List.of("Teacher: \u201cnobody\u201d is not a user name or user key."),
                "observer", List.of("Observer: \u201cghost\u201d is not a user name or user key.")),
                refusal.messagesByField());
    }

    @Test
    public void updateBlueprintContext_shouldRefuse_whenTeacherAndObserverAreThePersonUnderTwoNames() {
        // Given
        fixture.users().put("teresa.morales", TERESA);

        // When
        WizardInputRejectedException refusal = refusal(new CycleWizard().observer("teresa.morales").context());

        // Then
        assertEquals(Map.of("observer", List.of("Observer must be someone other than the teacher.")),
                refusal.messagesByField());
    }

    @Test
    public void updateBlueprintContext_shouldTellListenersTheCycleRecordsFacts() {
        // Given
        RecordingBlueprintContext context = new CycleWizard().observationType("Focused").context();

        // When
        target.updateBlueprintContext(context);

        // Then
        assertEquals("cycle-record", context.get(CycleRecordContextProvider.CONVERSATION_TYPE_KEY));
        assertEquals(TERESA.userKey(), context.get(CycleRecordContextProvider.TEACHER_USER_KEY));
        assertEquals(OMAR.userKey(), context.get(CycleRecordContextProvider.OBSERVER_USER_KEY));
        assertEquals("2026-03-02", context.get(CycleRecordContextProvider.OBSERVATION_DATE_KEY));
        assertEquals("focused", context.get(CycleRecordContextProvider.OBSERVATION_TYPE_KEY));
        assertEquals("2026-03-05", context.get(CycleRecordContextProvider.CONFERENCE_DATE_KEY));
        assertEquals("tmorales", context.get("teacher"));
        assertEquals("ohaddad", context.get("observer"));
    }

    private void useSettings(SpaceSettings.Builder builder) {
        store.save(SPACE, builder.build());
    }

    private WizardInputRejectedException refusal(RecordingBlueprintContext context) {
        try {
            target.updateBlueprintContext(context);
        } catch (WizardInputRejectedException expected) {
            return expected;
        }
        fail("The input was accepted");
        return null;
    }

    private Document fill(RecordingBlueprintContext context) {
        target.updateBlueprintContext(context);
        return page(TEMPLATE, context);
    }

    private static String text(Document page) {
        return page.getDocumentElement().getTextContent();
    }

    /** The n-th macro of that name in the page. */
    private static Element macro(Document page, String name, int index) {
        List<Element> macros = elements(page, AC, "structured-macro").stream()
                .filter(macro -> name.equals(macro.getAttributeNS(AC, "name"))).toList();
        assertTrue("no " + name + " macro number " + index, macros.size() > index);
        return macros.get(index);
    }

    private static Element macro(Document page, String name) {
        return macro(page, name, 0);
    }

    /** The protocol's rows (role, action, due text), over the table under each phase heading. */
    private static List<List<String>> protocolRows(Document page) {
        List<List<String>> rows = new ArrayList<>();
        var headings = page.getElementsByTagName("h3");
        for (int index = 0; index < headings.getLength(); index++) {
            Element table = nextTable((Element) headings.item(index));
            var trs = table.getElementsByTagName("tr");
            for (int row = 1; row < trs.getLength(); row++) {
                var cells = ((Element) trs.item(row)).getElementsByTagName("td");
                rows.add(List.of(cells.item(0).getTextContent().strip(), taskBody((Element) cells.item(1)),
                        cells.item(2).getTextContent().strip()));
            }
        }
        return rows;
    }

    /** The datetime of each date in a protocol step's due cell, by the step's action text. */
    private static Map<String, List<String>> dueDatesByAction(Document page) {
        Map<String, List<String>> due = new LinkedHashMap<>();
        var headings = page.getElementsByTagName("h3");
        for (int index = 0; index < headings.getLength(); index++) {
            var trs = nextTable((Element) headings.item(index)).getElementsByTagName("tr");
            for (int row = 1; row < trs.getLength(); row++) {
                var cells = ((Element) trs.item(row)).getElementsByTagName("td");
                due.put(taskBody((Element) cells.item(1)), datetimes((Element) cells.item(2)));
            }
        }
        return due;
    }

    /** The text of the one task in a cell (the task's id and status are markup, not text a reader sees). */
    private static String taskBody(Element cell) {
        var bodies = cell.getElementsByTagNameNS(AC, "task-body");
        assertEquals(1, bodies.getLength());
        return bodies.item(0).getTextContent().strip();
    }

    private static Element nextTable(Element heading) {
        var node = heading.getNextSibling();
        while (!(node instanceof Element element && "table".equals(element.getTagName()))) {
            node = node.getNextSibling();
        }
        return (Element) node;
    }

    private static List<String> actions(List<List<String>> rows) {
        return rows.stream().map(row -> row.get(1).replaceAll("\\*$", "")).toList();
    }

    private static List<String> userKeys(Element root) {
        var users = root.getElementsByTagNameNS(RI, "user");
        return IntStream.range(0, users.getLength())
                .mapToObj(index -> ((Element) users.item(index)).getAttributeNS(RI, "userkey")).toList();
    }

    private static List<String> firstColumn(Element table) {
        var rows = table.getElementsByTagName("tr");
        List<String> result = new ArrayList<>();
        for (int index = 1; index < rows.getLength(); index++) {
            result.add(((Element) rows.item(index)).getElementsByTagName("td").item(0).getTextContent().strip());
        }
        return result;
    }

    /** What the wizard submits: valid by default (a Full observation on Monday 2 March, conference on Thursday 5). */
    static final class CycleWizard extends WizardFields<CycleWizard> {
        CycleWizard() {
            super(Map.of(
                    "teacher", "tmorales",
                    "observer", "ohaddad",
                    "observationDate", MONDAY.toString(),
                    "observationType", "full",
                    "conferenceDate", "2026-03-05"));
        }

        CycleWizard teacher(String value) {
            return with("teacher", value);
        }

        CycleWizard observer(String value) {
            return with("observer", value);
        }

        CycleWizard observationDate(String value) {
            return with("observationDate", value);
        }

        CycleWizard observationType(String value) {
            return with("observationType", value);
        }

        CycleWizard conferenceDate(String value) {
            return with("conferenceDate", value);
        }
    }
}
