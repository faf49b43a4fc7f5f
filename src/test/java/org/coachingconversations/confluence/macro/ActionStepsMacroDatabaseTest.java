package org.coachingconversations.confluence.macro;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.SOMEONE;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.sal.api.ApplicationProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.application.actionstep.ListActionSteps;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.followup.PageVisibility;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.persistence.actionstep.AoActionStepRepository;
import org.coachingconversations.persistence.conversation.AoConversationPageData;
import org.coachingconversations.persistence.conversation.AoConversationRepository;
import org.coachingconversations.persistence.settings.AoSpaceSettingsRepository;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.ao.PluginTables;
import org.coachingconversations.testing.host.RenderedOn;
import org.coachingconversations.testing.i18n.ReaderLanguages;
import org.coachingconversations.testing.sal.FixedTimeZoneManager;
import org.coachingconversations.testing.sal.TestUsers;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The action-steps macro over the real stores on a real database, rendered by Velocity 1.7. Only the host's
 * permission check is a stand-in: who may view which page.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(PluginTables.class)
public class ActionStepsMacroDatabaseTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final String SPACE = "LINCOLN";
    /** 03:00 UTC on 17 March is still 16 March in Denver, where the school is. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-17T03:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    private static final String TERESA = "8a7f808a6a0f1c2d";
    private static final String SAM = "8a7f808a6a0f1c3e";
    private static final String OLU = "8a7f808a6a0f1c4f";
    private static final String BEN = "8a7f808a6a0f1c5a";

    private static final long PREVIOUS = 100;
    private static final long CYCLE_RECORD = 150;
    private static final long CURRENT = 200;
    private static final long FIRST_OF_BEN = 300;

    private EntityManager entityManager;
    private AoConversationRepository conversations;
    private AoActionStepRepository steps;
    private AoConversationPageData conversationPages;
    private final Viewers viewers = new Viewers();
    private final Editors editors = new Editors();
    private final TestUsers users = new TestUsers();
    private final ReaderLanguages languages = ReaderLanguages.reading(Locale.ENGLISH);
    private ActionStepsMacro target;

    @Before
    public void setUp() {
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        conversations = new AoConversationRepository(activeObjects);
        steps = new AoActionStepRepository(activeObjects);
        conversationPages = new AoConversationPageData(activeObjects);
        AoSpaceSettingsRepository settings = new AoSpaceSettingsRepository(activeObjects, new FixedTimeZoneManager(DENVER));
        ApplicationProperties application = mode -> "/confluence";
        target = new ActionStepsMacro(VelocityTemplateRenderer.forPlugin(), languages.i18n(), users,
                application, new ListActionSteps(conversations, conversations, steps, steps, settings, viewers, editors,
                        CLOCK), new ReaderDates(languages));

        users.add(TERESA, "tmorales", "Teresa Morales").add(SAM, "slee", "Sam Lee").add(OLU, "oadeyemi", "Olu Adeyemi");
        conversations.register(conversation(PREVIOUS, ConversationType.COACHING_CONVERSATION, TERESA, TODAY.minusDays(14)));
        conversations.register(conversation(CYCLE_RECORD, ConversationType.CYCLE_RECORD, TERESA, TODAY.minusDays(6)));
        conversations.register(conversation(CURRENT, ConversationType.COACHING_CONVERSATION, TERESA, TODAY));
        steps.addToPage(PREVIOUS, List.of(
                step(PREVIOUS, TERESA, ParticipantRole.TEACHER, "Try exit tickets daily", TODAY.minusDays(3)),
                step(PREVIOUS, SAM, ParticipantRole.COACH, "Share the questioning video", TODAY.plusDays(2)),
                step(PREVIOUS, TERESA, ParticipantRole.TEACHER, "Already done", TODAY.minusDays(5)),
                step(PREVIOUS, null, ParticipantRole.COACH, "Plan a co-teaching slot", null)));
        Versioned<ActionStep> done = steps.findOnPage(PREVIOUS).get(2);
        steps.changeStatus(done.value().id(), done.version(), ActionStepStatus.DONE, TODAY.minusDays(4), SOMEONE);
        steps.addToPage(CYCLE_RECORD, List.of(
                step(CYCLE_RECORD, OLU, ParticipantRole.OBSERVER, "Rated below standard on questioning", TODAY.plusDays(11))));
        // The coach may view both earlier pages; the restricted pages are hidden from a colleague.
        viewers.allow(SAM, PREVIOUS, CYCLE_RECORD, CURRENT).allow(OLU, CURRENT);
    }

    @Test
    public void previous_shouldShowDueDatesAndTheSourceConversationsDay_inTheReadersLanguage() throws Exception {
        // Given a reader of Spanish
        languages.reader(ReaderLanguages.SPANISH);

        // When
        Document shown = render(CURRENT, SAM, "previous");

        // Then
        List<Element> rows = shown.select("tr.coaching-action-step");
        assertThat(shown.selectFirst(".coaching-action-steps-source a").text(), containsString("2 mar 2026"));
        assertThat(rows.get(0).selectFirst(".coaching-action-step-due").text(), startsWith("13 mar 2026 "));
    }

    @Test
    public void previous_shouldListTheOpenStepsOfThePreviousConversation_forAViewerWhoMayViewIt() throws Exception {
        // When
        Document shown = render(CURRENT, SAM, "previous");

        // Then
        Element source = shown.selectFirst(".coaching-action-steps-source a");
        assertEquals("Coaching conversation of Mar 2, 2026", source.text());
        assertEquals("/confluence/pages/viewpage.action?pageId=100", source.attr("href"));
        List<Element> rows = shown.select("tr.coaching-action-step");
        assertEquals(List.of("Try exit tickets daily", "Share the questioning video", "Plan a co-teaching slot"),
                rows.stream().map(row -> row.selectFirst(".coaching-action-step-text").text()).toList());
        Element teresa = rows.get(0).selectFirst(".coaching-action-step-owner a");
        assertEquals("Teresa Morales", teresa.text());
        assertEquals("/confluence/display/~tmorales", teresa.attr("href"));
        assertEquals("Coach", rows.get(2).selectFirst(".coaching-action-step-owner").text());
        assertEquals("Mar 13, 2026 Overdue Add to calendar", rows.get(0).selectFirst(".coaching-action-step-due").text());
        assertEquals("Mar 18, 2026 Due soon Add to calendar", rows.get(1).selectFirst(".coaching-action-step-due").text());
        assertEquals("No due date", rows.get(2).selectFirst(".coaching-action-step-due").text());
        assertEquals("/confluence/rest/coaching/1.0/calendar/action-steps/"
                + rows.get(0).attr("data-step-id") + ".ics",
                rows.get(0).selectFirst(".coaching-action-step-due a.coaching-add-to-calendar").attr("href"));
        assertEquals("Open", rows.get(0).selectFirst(".coaching-action-step-status").text());
        assertThat(shown.text(), not(containsString("Already done")));
        assertThat("a Cycle Record is never the previous conversation", shown.text(), not(containsString("Rated")));
    }

    @Test
    public void previous_shouldShowExactlyWhatAPageWithoutAPreviousConversationShows_whenTheViewerMayNotViewIt()
            throws Exception {
        // Given Ben's first conversation, which follows up on nothing
        conversations.register(conversation(FIRST_OF_BEN, ConversationType.COACHING_CONVERSATION, BEN, TODAY));
        viewers.allow(OLU, FIRST_OF_BEN);

        // When
        String forOlu = execute(CURRENT, OLU, "previous");
        String withoutPrevious = execute(FIRST_OF_BEN, OLU, "previous");

        // Then no title, date, count or link of the page Olu may not view
        assertEquals(withoutPrevious, forOlu);
        assertEquals("No open action steps from an earlier conversation.", Jsoup.parse(forOlu).text());
    }

    @Test
    public void previous_shouldShowNothingOfIt_whenThePermissionCheckFails() throws Exception {
        // Given
        viewers.failing = true;

        // When
        Document shown = render(CURRENT, SAM, "previous");

        // Then
        assertEquals("No open action steps from an earlier conversation.", shown.text());
    }

    @Test
    public void previous_shouldShowNothingOfAPreviousConversationInTheTrash() throws Exception {
        // Given
        conversationPages.pageTrashed(PREVIOUS);
        steps.pageTrashed(PREVIOUS);

        // When
        Document shown = render(CURRENT, SAM, "previous");

        // Then
        assertEquals("No open action steps from an earlier conversation.", shown.text());
    }

    @Test
    public void previous_shouldDropAStep_onceItIsMarkedDone() throws Exception {
        // Given
        Versioned<ActionStep> exitTickets = steps.findOnPage(PREVIOUS).get(0);
        steps.changeStatus(exitTickets.value().id(), exitTickets.version(), ActionStepStatus.DONE, TODAY, SOMEONE);

        // When
        Document shown = render(CURRENT, SAM, "previous");

        // Then
        assertEquals(List.of("Share the questioning video", "Plan a co-teaching slot"),
                shown.select(".coaching-action-step-text").eachText());
    }

    @Test
    public void previous_shouldSayThePreviousConversationLeftNothingOpen_whenAllItsStepsAreClosed() throws Exception {
        // Given
        for (Versioned<ActionStep> step : steps.findOnPage(PREVIOUS)) {
            if (step.value().isOpen()) {
                steps.changeStatus(step.value().id(), step.version(), ActionStepStatus.DROPPED, TODAY, SOMEONE);
            }
        }

        // When
        Document shown = render(CURRENT, SAM, "previous");

        // Then
        assertEquals("Open action steps from Coaching conversation of Mar 2, 2026 "
                + "That conversation left no open action steps.", shown.text());
    }

    @Test
    public void page_shouldListEveryStepOfThePageWithItsStatus_andNothingWhenTheViewerMayNotViewThePage()
            throws Exception {
        // When
        Document forSam = render(PREVIOUS, SAM, (String) null);
        Document forOlu = render(PREVIOUS, OLU, "page");

        // Then
        assertEquals(List.of("Open", "Open", "Done", "Open"), forSam.select(".coaching-action-step-status").eachText());
        assertTrue(forSam.select(".coaching-action-steps-source").isEmpty());
        assertEquals("No action steps are recorded for this page.", forOlu.text());
    }

    @Test
    public void execute_shouldShowTypedMarkupAndHostileNamesAsText() throws Exception {
        // Given
        String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>&\"'";
        users.add(BEN, "ben\"><b>", hostile);
        steps.addToPage(CURRENT, List.of(step(CURRENT, BEN, ParticipantRole.TEACHER, hostile, TODAY)));

        // When
        String html = execute(CURRENT, SAM, "page");

        // Then
        Document shown = Jsoup.parse(html);
        assertTrue(shown.select("script, img, b").isEmpty());
        assertEquals(hostile, shown.selectFirst(".coaching-action-step-text").text());
        assertEquals(hostile, shown.selectFirst(".coaching-action-step-owner a").text());
        assertEquals("/confluence/display/~ben%22%3E%3Cb%3E", shown.selectFirst(".coaching-action-step-owner a").attr("href"));
    }

    @Test
    public void execute_shouldExplainAnUnknownMode_andShowNoSteps() throws Exception {
        // When
        Document shown = render(CURRENT, SAM, "<i>everything</i>");

        // Then
        assertEquals("The action steps cannot be shown \u201c<i>everything</i>\u201d is not a valid value for Show. "
                + "Edit the macro and choose page, previous or teacher.", shown.text());
        assertTrue(shown.select("i").isEmpty());
    }

    @Test
    public void page_shouldGiveEachRowItsControls_onlyWhenTheViewerMayEditThePageOrOwnsTheStep() throws Exception {
        // Given Sam may edit the previous conversation; Teresa may only view it, and owns two of its steps
        viewers.allow(TERESA, PREVIOUS);
        editors.allow(SAM, PREVIOUS);

        // When
        Document forSam = render(PREVIOUS, SAM, "page");
        Document forTeresa = render(PREVIOUS, TERESA, "page");

        // Then
        assertEquals(List.of(true, true, true, true), changeable(forSam));
        assertEquals("true", forSam.selectFirst(".coaching-action-steps").attr("data-editable"));
        assertEquals(1, forSam.select("button.coaching-action-step-add").size());
        assertEquals(List.of(true, false, true, false), changeable(forTeresa));
        assertTrue("only editors add steps", forTeresa.select("button.coaching-action-step-add").isEmpty());
        Element exitTickets = forTeresa.selectFirst("tr.coaching-action-step");
        assertEquals("0", exitTickets.attr("data-version"));
        assertEquals("Try exit tickets daily", exitTickets.attr("data-text"));
        assertEquals("tmorales", exitTickets.attr("data-owner"));
        assertEquals("teacher", exitTickets.attr("data-role"));
        assertEquals("2026-03-13", exitTickets.attr("data-due-on"));
        assertEquals(List.of("Edit", "Mark done", "Drop", "Remove"), exitTickets.select("button").eachText());
        Element samsStep = forTeresa.select("tr.coaching-action-step").get(1);
        assertTrue(samsStep.select("button").isEmpty());
        assertEquals("", samsStep.attr("data-version"));
        assertEquals(List.of("Edit", "Reopen", "Remove"),
                forTeresa.select("tr.coaching-action-step").get(2).select("button").eachText());
        assertEquals("/confluence", forTeresa.selectFirst(".coaching-action-steps").attr("data-base-url"));
        assertEquals("Mark done", forTeresa.selectFirst(".coaching-action-steps").attr("data-label-done"));
    }

    @Test
    public void page_shouldShowNoControlAndNoScriptHook_toAViewerWhoMayNotEditAndOwnsNothing() throws Exception {
        // Given
        viewers.allow(OLU, PREVIOUS);

        // When
        Document shown = render(PREVIOUS, OLU, "page");

        // Then
        assertEquals(4, shown.select("tr.coaching-action-step").size());
        assertTrue(shown.select("button, [data-version], [data-editable], [data-base-url]").isEmpty());
        assertEquals(4, shown.select("th").size());
    }

    @Test
    public void page_shouldLeaveOnlyTheViewersOwnStepsChangeable_whenTheEditPermissionCheckFails() throws Exception {
        // Given
        editors.allow(SAM, PREVIOUS);
        editors.failing = true;

        // When
        Document shown = render(PREVIOUS, SAM, "page");

        // Then Sam still owns "Share the questioning video"; nothing else, and no adding
        assertEquals(List.of(false, true, false, false), changeable(shown));
        assertTrue(shown.select("button.coaching-action-step-add").isEmpty());
    }

    @Test
    public void page_shouldOfferToAddTheFirstStep_toAnEditorOfAPageWithoutSteps() throws Exception {
        // Given
        editors.allow(SAM, CURRENT);

        // When
        Document shown = render(CURRENT, SAM, "page");

        // Then
        assertEquals("No action steps are recorded for this page.",
                shown.selectFirst(".coaching-action-steps-empty").text());
        assertTrue(shown.selectFirst("table.coaching-action-steps-table").hasAttr("hidden"));
        assertEquals("200", shown.selectFirst(".coaching-action-steps").attr("data-page-id"));
        assertEquals("Add a step", shown.selectFirst("button.coaching-action-step-add").text());
    }

    @Test
    public void page_shouldOfferNoAdding_onAPageThatHoldsNoConversationOfThisApp() throws Exception {
        // Given an editor of a page the app did not create, with the macro on it
        viewers.allow(SAM, FIRST_OF_BEN);
        editors.allow(SAM, FIRST_OF_BEN);

        // When
        Document shown = render(FIRST_OF_BEN, SAM, "page");

        // Then
        assertTrue(shown.select("button, table").isEmpty());
        assertEquals("No action steps are recorded for this page.", shown.text());
    }

    @Test
    public void page_shouldListOnlyTheStepsOfTheRole_andStartNewStepsWithIt() throws Exception {
        // Given
        editors.allow(SAM, PREVIOUS);

        // When
        Document shown = render(PREVIOUS, SAM, Map.of("role", "coach"));

        // Then
        assertEquals(List.of("Share the questioning video", "Plan a co-teaching slot"),
                shown.select(".coaching-action-step-text").eachText());
        assertEquals("coach", shown.selectFirst(".coaching-action-steps").attr("data-default-role"));
    }

    @Test
    public void previous_shouldLetTheOwnerCloseAStepOfThePreviousConversation_butAddNothingToIt() throws Exception {
        // When
        Document shown = render(CURRENT, SAM, "previous");

        // Then Sam owns "Share the questioning video" and may change nothing else there
        assertEquals(List.of(false, true, false), changeable(shown));
        assertTrue(shown.select("button.coaching-action-step-add").isEmpty());
    }

    @Test
    public void teacher_shouldListTheStepsThePersonOwnsInTheSpace_onlyFromPagesTheViewerMayView() throws Exception {
        // Given Teresa owns open and done steps on the previous conversation and one on a page Olu may not view
        steps.addToPage(CYCLE_RECORD, List.of(step(CYCLE_RECORD, TERESA, ParticipantRole.TEACHER,
                "Plan the unit with the grade team", TODAY.plusDays(20))));
        viewers.allow(OLU, PREVIOUS);

        // When
        Document forSam = render(CURRENT, SAM, Map.of("mode", "teacher", "teacher", "tmorales"));
        Document forOlu = render(CURRENT, OLU, Map.of("teacher", " tmorales "));

        // Then, earliest due first, each with the page it comes from
        assertEquals(List.of("Already done", "Try exit tickets daily", "Plan the unit with the grade team"),
                forSam.select(".coaching-action-step-text").eachText());
        assertEquals(List.of("Coaching conversation of Mar 2, 2026", "Coaching conversation of Mar 2, 2026",
                "Cycle Record of Mar 10, 2026"), forSam.select(".coaching-action-step-source").eachText());
        assertEquals("/confluence/pages/viewpage.action?pageId=150",
                forSam.select(".coaching-action-step-source a").get(2).attr("href"));
        assertEquals("From", forSam.select("th").get(4).text());
        assertEquals(List.of("Already done", "Try exit tickets daily"),
                forOlu.select(".coaching-action-step-text").eachText());
        assertThat(forOlu.html(), not(containsString("grade team")));
        assertThat(forOlu.html(), not(containsString("pageId=150")));
    }

    @Test
    public void teacher_shouldSayThereIsNothingToShow_whenTheViewerMayViewNoneOfTheTeachersPages() throws Exception {
        // When
        Document shown = render(CURRENT, OLU, Map.of("mode", "teacher", "teacher", "tmorales"));

        // Then
        assertEquals("No action steps of Teresa Morales that you may view in this space.", shown.text());
    }

    @Test
    public void teacher_shouldExplainATeacherParameterThatNamesNoUser_andShowNoSteps() throws Exception {
        // When
        Document missing = render(CURRENT, SAM, Map.of("mode", "teacher"));
        Document unknown = render(CURRENT, SAM, Map.of("mode", "teacher", "teacher", "<b>nobody</b>"));
        Document several = render(CURRENT, SAM, Map.of("mode", "teacher", "teacher", "tmorales,slee"));

        // Then
        assertEquals("The action steps cannot be shown Show teacher needs a teacher. Edit the macro and choose the "
                + "person whose steps to list.", missing.text());
        assertEquals("The action steps cannot be shown There is no user \u201c<b>nobody</b>\u201d. Edit the macro and "
                + "choose the teacher again.", unknown.text());
        assertTrue(unknown.select("b").isEmpty());
        assertEquals("The action steps cannot be shown \u201ctmorales,slee\u201d is not a user name. Edit the macro "
                + "and choose one person as Teacher.", several.text());
        assertTrue(missing.select("tr").isEmpty());
    }

    @Test
    public void execute_shouldExplainAnUnknownRole() throws Exception {
        // When
        Document shown = render(CURRENT, SAM, Map.of("role", "principal\""));

        // Then
        assertEquals("The action steps cannot be shown \u201cprincipal\"\u201d is not a valid value for Role. Edit the "
                + "macro and choose teacher, coach or observer, or leave it empty.", shown.text());
    }

    private static List<Boolean> changeable(Document shown) {
        return shown.select("tr.coaching-action-step").stream()
                .map(row -> !row.select("button.coaching-action-step-edit").isEmpty()).toList();
    }

    private Document render(long pageId, String viewerKey, Map<String, String> parameters) throws Exception {
        users.signIn(viewerKey);
        return Jsoup.parse(target.execute(new HashMap<>(parameters), null, RenderedOn.page(pageId, SPACE)));
    }

    private Document render(long pageId, String viewerKey, String mode) throws Exception {
        return Jsoup.parse(execute(pageId, viewerKey, mode));
    }

    private String execute(long pageId, String viewerKey, String mode) throws Exception {
        users.signIn(viewerKey);
        Map<String, String> parameters = new HashMap<>();
        if (mode != null) {
            parameters.put(ActionStepsMacro.PARAM_MODE, mode);
        }
        return target.execute(parameters, null, RenderedOn.page(pageId));
    }

    private static StoredConversation conversation(long pageId, ConversationType type, String teacherKey,
            LocalDate heldOn) {
        return new StoredConversation(pageId, SPACE, type, teacherKey, Optional.of(SAM), heldOn, Optional.empty(),
                Optional.empty());
    }

    private static ActionStep step(long pageId, String ownerKey, ParticipantRole role, String text, LocalDate due) {
        return ActionStep.open(pageId, SPACE, ownerKey, role, text, due);
    }

    /** The host's answer to "may this person view this page now", as a list; or a check that fails. */
    private static final class Viewers implements PageVisibility {
        private final Map<String, Set<Long>> visible = new HashMap<>();
        boolean failing;

        Viewers allow(String viewerKey, Long... pageIds) {
            visible.computeIfAbsent(viewerKey, key -> new HashSet<>()).addAll(Set.of(pageIds));
            return this;
        }

        @Override
        public Set<Long> visiblePageIds(Optional<String> viewerKey, Collection<Long> pageIds) {
            if (failing) {
                throw new IllegalStateException("permission service unavailable");
            }
            Set<Long> allowed = viewerKey.map(key -> visible.getOrDefault(key, Set.of())).orElse(Set.of());
            return pageIds.stream().filter(allowed::contains).collect(Collectors.toSet());
        }
    }

    /** The host's answer to "may this person edit this page now"; or a check that fails. */
    private static final class Editors implements PagePermissions {
        private final Map<String, Set<Long>> editable = new HashMap<>();
        boolean failing;

        Editors allow(String userKey, Long... pageIds) {
            editable.computeIfAbsent(userKey, key -> new HashSet<>()).addAll(Set.of(pageIds));
            return this;
        }

        @Override
        public boolean canView(Optional<String> userKey, long pageId) {
            throw new UnsupportedOperationException("the macro asks PageVisibility which pages a viewer may view");
        }

        @Override
        public boolean canEdit(Optional<String> userKey, long pageId) {
            if (failing) {
                throw new IllegalStateException("permission service unavailable");
            }
            return userKey.map(key -> editable.getOrDefault(key, Set.of()).contains(pageId)).orElse(false);
        }
    }
}
