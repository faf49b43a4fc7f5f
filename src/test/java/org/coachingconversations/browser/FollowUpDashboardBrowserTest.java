package org.coachingconversations.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.browser.pages.FollowUpDashboardScreen;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.CycleRecordStore;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.guide.ConversationQuality;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.quality.QualitySelfCheck;
import org.coachingconversations.domain.quality.SavedSelfCheck;
import org.coachingconversations.domain.quality.SelfCheckStore;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.data.Restriction;
import org.coachingconversations.sandbox.plugin.SandboxPlugin;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

/**
 * The leaders' follow-up dashboard in the browser, on its space page, in the macro, through REST and as CSV, with
 * pages created in the test: David Kim's Cycle Record, restricted to David, its observer James Carter and the leaders
 * group; Ana Ruiz's coaching conversation, open to the space.
 */
public class FollowUpDashboardBrowserTest {

    private static final String ANA = "ana.ruiz";
    private static final String DAVID = "david.kim";
    /** The app reads today from the machine's clock, in the site's zone; the pages are dated around it. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.systemDefault());
    private static final java.time.format.DateTimeFormatter SHOWN_DAY = java.time.format.DateTimeFormatter
            .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(java.util.Locale.ENGLISH);
    private static final LocalDate OPEN_HELD = TODAY.minusDays(21);
    private static final LocalDate OPEN_FOLLOW_UP = TODAY.minusDays(7);
    private static final LocalDate OPEN_DUE = TODAY.minusDays(5);
    private static final LocalDate SOON_DUE = TODAY.plusDays(1);
    private static final LocalDate OBSERVED = TODAY.minusDays(14);
    private static final LocalDate CONFERENCE = TODAY.minusDays(12);
    private static final LocalDate SECRET_DUE = TODAY.minusDays(3);
    private static final String OPEN_TITLE = "Ana Ruiz \u2014 coaching conversation of " + OPEN_HELD;
    private static final String RECORD_TITLE = "David Kim \u2014 Cycle Record of " + OBSERVED;
    private static final String MACRO_TITLE = "District follow-ups";
    private static final String OPEN_STEP = "Use exit tickets daily";
    private static final String SOON_STEP = "Share a reading plan";
    private static final String SECRET_STEP = "Rebuild the seating chart";
    private static final Map<String, String> PEOPLE = new LinkedHashMap<>();

    static {
        PEOPLE.put("James Carter", "leader");
        PEOPLE.put("Maria Lopez", "coach");
        PEOPLE.put("David Kim", "teacher");
        PEOPLE.put("Ana Ruiz", "other teacher");
    }

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    private static long openPage;
    private static long recordPage;
    private static long macroPage;

    @Before
    public void createPagesOnce() {
        if (openPage != 0) {
            return;
        }
        SandboxPlugin plugin = BROWSER.sandbox().plugin();
        var store = BROWSER.sandbox().store();
        long home = BROWSER.pageId(DemoSchool.SPACE_NAME);
        openPage = store.createPage(DemoSchool.SPACE_KEY, home, OPEN_TITLE, "<p>Notes.</p>", DemoSchool.COACH);
        recordPage = store.createPage(DemoSchool.SPACE_KEY, home, RECORD_TITLE, "<p>Record.</p>",
                DemoSchool.PRINCIPAL);
        restrict(recordPage, List.of(Restriction.user(DAVID), Restriction.user(DemoSchool.PRINCIPAL),
                Restriction.group(DemoSchool.LEADERS_GROUP)));
        macroPage = store.createPage(DemoSchool.SPACE_KEY, home, MACRO_TITLE,
                "<ac:structured-macro ac:name=\"coaching-follow-up-dashboard\"><ac:parameter ac:name=\"spaces\">"
                        + DemoSchool.SPACE_KEY + "</ac:parameter></ac:structured-macro>", DemoSchool.PRINCIPAL);

        ConversationStore conversations = plugin.component(ConversationStore.class);
        conversations.register(new StoredConversation(openPage, DemoSchool.SPACE_KEY,
                ConversationType.COACHING_CONVERSATION, plugin.userKey(ANA), Optional.of(plugin.userKey(
                DemoSchool.COACH)), OPEN_HELD, Optional.of(OPEN_FOLLOW_UP),
                Optional.empty()));
        conversations.register(new StoredConversation(recordPage, DemoSchool.SPACE_KEY, ConversationType.CYCLE_RECORD,
                plugin.userKey(DAVID), Optional.of(plugin.userKey(DemoSchool.PRINCIPAL)), OBSERVED,
                Optional.empty(), Optional.empty()));
        plugin.component(CycleRecordStore.class).register(new StoredCycleRecord(recordPage, DemoSchool.SPACE_KEY,
                plugin.userKey(DAVID), plugin.userKey(DemoSchool.PRINCIPAL),
                CycleRecordDates.observed(OBSERVED, ObservationType.FULL).withConferenceOn(CONFERENCE)));
        ActionStepStore steps = plugin.component(ActionStepStore.class);
        steps.addToPage(openPage, List.of(
                ActionStep.open(openPage, DemoSchool.SPACE_KEY, plugin.userKey(ANA), ParticipantRole.TEACHER,
                        OPEN_STEP, OPEN_DUE),
                ActionStep.open(openPage, DemoSchool.SPACE_KEY, plugin.userKey(ANA), ParticipantRole.TEACHER,
                        SOON_STEP, SOON_DUE)));
        steps.addToPage(recordPage, List.of(ActionStep.open(recordPage, DemoSchool.SPACE_KEY, plugin.userKey(DAVID),
                ParticipantRole.TEACHER, SECRET_STEP, SECRET_DUE)));
        // as ChangeActionSteps keeps it when steps are added through the app
        conversations.recordLeadsToAction(openPage, true);
        conversations.recordLeadsToAction(recordPage, true);
        plugin.component(SelfCheckStore.class).saveFirst(new SavedSelfCheck(DemoSchool.SPACE_KEY,
                QualitySelfCheck.forConversation(openPage).present(ConversationQuality.SUBSTANTIVE,
                        ConversationQuality.LEAD_TO_ACTION).build(), plugin.userKey(DemoSchool.COACH),
                java.time.Instant.now()));
    }

    /** Sets the page's view restrictions as an admin would, and the host announces the change. */
    private static void restrict(long pageId, List<Restriction> viewers) {
        BROWSER.sandbox().store().setViewRestrictions(pageId, viewers);
        BROWSER.sandbox().plugin().events().viewRestrictionsChanged(pageId, DemoSchool.SPACE_KEY);
    }

    private static FollowUpDashboardScreen spacePageAs(String fullName) {
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo(fullName);
        return FollowUpDashboardScreen.openSpacePage(BROWSER, DemoSchool.SPACE_KEY);
    }

    private static String apiUrl(String path) {
        return BROWSER.url("/rest/coaching/1.0/spaces/" + DemoSchool.SPACE_KEY + "/follow-ups" + path);
    }

    @Test
    public void spacePage_shouldShowThePrincipalEveryListWithTheTestsPages() {
        // When the principal opens the dashboard from the space sidebar
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("James Carter");
        BROWSER.driver().findElement(org.openqa.selenium.By.linkText("Follow-ups")).click();
        FollowUpDashboardScreen dashboard = new FollowUpDashboardScreen(BROWSER.driver());

        // Then every list is there, with the pages made in this test
        assertEquals(List.of("overdue", "due-soon", "coverage-gaps", "follow-ups", "outside-window",
                "awaiting-finalization", "awaiting-acknowledgement", "objections"), dashboard.sectionIds());
        assertEquals(List.of(List.of(OPEN_STEP, "Ana Ruiz", shown(OPEN_DUE), "Not flagged yet", OPEN_TITLE),
                List.of(SECRET_STEP, "David Kim", shown(SECRET_DUE), "Not flagged yet", RECORD_TITLE)),
                dashboard.rows("overdue"));
        assertEquals("2 in all", dashboard.totalText("overdue"));
        assertEquals(List.of(List.of(SOON_STEP, "Ana Ruiz", shown(SOON_DUE), OPEN_TITLE)), dashboard.rows("due-soon"));
        assertEquals(List.of("Ana Ruiz", "Maria Lopez", shown(OPEN_FOLLOW_UP), shown(OPEN_HELD), OPEN_TITLE),
                dashboard.rows("follow-ups").get(0));
        assertEquals(List.of("David Kim", "James Carter", shown(CONFERENCE)), dashboard.rows("awaiting-finalization")
                .get(0).subList(0, 3));
        assertThat(dashboard.emptyText("objections"), containsString("appears here when its teacher objects"));
        assertThat(dashboard.shareText(), containsString("100% of conversations lead to action (2 of 2)"));
        assertEquals("100% (1/1)", dashboard.qualityShare("lead-to-action"));
        assertEquals("0% (0/1)", dashboard.qualityShare("non-defensive"));
        // And the chart is drawn, with a text alternative
        assertThat(dashboard.chartBars(), greaterThan(0));
        assertThat(dashboard.chartDescription(), containsString("steps that fell due are still open"));
        BROWSER.screenshot("follow-up-dashboard");
        ((org.openqa.selenium.JavascriptExecutor) BROWSER.driver()).executeScript("document.querySelector("
                + "'.coaching-dashboard-list[data-section=overdue]').scrollIntoView();");
        BROWSER.screenshot("follow-up-dashboard-lists");
        ((org.openqa.selenium.JavascriptExecutor) BROWSER.driver()).executeScript("document.querySelector("
                + "'.coaching-dashboard-chart').scrollIntoView();");
        BROWSER.screenshot("follow-up-dashboard-chart");
    }

    @Test
    public void spacePage_shouldShowATeacherOnlyWhatSheMayView_neverARestrictedRecordsTitleOrTeacher() {
        // When Ana, who may not view David's Cycle Record, opens the dashboard
        FollowUpDashboardScreen dashboard = spacePageAs("Ana Ruiz");

        // Then she sees her own steps and nothing of the record, not even in a total
        assertEquals(List.of(List.of(OPEN_STEP, "Ana Ruiz", shown(OPEN_DUE), "Not flagged yet", OPEN_TITLE)),
                dashboard.rows("overdue"));
        assertEquals("1 in all", dashboard.totalText("overdue"));
        assertEquals("0 in all", dashboard.totalText("awaiting-finalization"));
        assertThat(dashboard.shareText(), containsString("(1 of 1)"));
        String source = BROWSER.driver().getPageSource();
        for (String hidden : List.of(SECRET_STEP, RECORD_TITLE, "pageId=" + recordPage + "\"")) {
            assertThat(source, not(containsString(hidden)));
        }
        // (the sandbox's user switcher names David; the dashboard must not)
        assertThat(dashboard.html(), not(containsString("David Kim")));
    }

    @Test
    public void export_shouldEqualWhatThePageShows() {
        // Given the principal's dashboard
        FollowUpDashboardScreen dashboard = spacePageAs("James Carter");
        List<String> shown = new ArrayList<>();
        for (String id : dashboard.sectionIds()) {
            for (List<String> row : dashboard.rows(id)) {
                shown.add(dashboard.title(id) + "|" + String.join("|", row.stream()
                        .map(FollowUpDashboardBrowserTest::isoIfShownDay).toList()));
            }
        }

        // When the CSV is downloaded from the page's link
        String csv = dashboard.fetch(dashboard.exportHref());

        // Then its rows are the page's rows, cell by cell, days written ISO (the page address is the CSV's last column)
        List<String> exported = new ArrayList<>();
        for (String line : csv.replace("\uFEFF", "").split("\r?\n")) {
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.length() - 1).split("\",\"", -1)) {
                cells.add(cell.replace("\"\"", "\""));
            }
            if (cells.size() > 1 && !dashboard.sectionIds().isEmpty() && !isHeader(dashboard, cells)) {
                exported.add(String.join("|", cells.subList(0, cells.size() - 1)));
            }
        }
        assertEquals(shown, exported);
    }

    /** A day as the dashboard shows it to an English reader. */
    private static String shown(LocalDate day) {
        return SHOWN_DAY.format(day);
    }

    private static String isoIfShownDay(String cell) {
        try {
            return LocalDate.parse(cell, SHOWN_DAY).toString();
        } catch (java.time.format.DateTimeParseException notADay) {
            return cell;
        }
    }

    private static boolean isHeader(FollowUpDashboardScreen dashboard, List<String> cells) {
        return cells.get(cells.size() - 1).equals("Address");
    }

    @Test
    public void permissionMatrix_shouldAgreeOnThePageTheMacroRestAndCsv() {
        for (Map.Entry<String, String> person : PEOPLE.entrySet()) {
            boolean mayViewRecord = !person.getValue().equals("other teacher");
            FollowUpDashboardScreen page = spacePageAs(person.getKey());
            String pageSource = BROWSER.driver().getPageSource();
            String rest = page.fetch(apiUrl(""));
            String csv = page.fetch(apiUrl("/export.csv"));
            FollowUpDashboardScreen.openPage(BROWSER, macroPage);
            String macroSource = BROWSER.driver().getPageSource();
            Map<String, String> surfaces = Map.of("page", pageSource, "macro", macroSource, "REST", rest, "CSV", csv);
            surfaces.forEach((surface, text) -> {
                String who = person.getValue() + " (" + person.getKey() + ") on the " + surface;
                assertTrue(who + " should see the open page's step", text.contains(OPEN_STEP));
                assertEquals(who + " and the restricted record's step", mayViewRecord, text.contains(SECRET_STEP));
                assertEquals(who + " and the restricted record's title", mayViewRecord, text.contains(RECORD_TITLE));
            });
        }
    }

    @Test
    public void restriction_shouldBeHonouredAtOnce_whenAddedOrRemovedAfterThePageWasCreated() {
        // Given Ana sees her open conversation's step
        assertThat(spacePageAs("Ana Ruiz").rows("overdue").toString(), containsString(OPEN_STEP));

        // When the page is restricted to her coach only
        restrict(openPage, List.of(Restriction.user(DemoSchool.COACH)));
        FollowUpDashboardScreen restricted = FollowUpDashboardScreen.openSpacePage(BROWSER, DemoSchool.SPACE_KEY);

        // Then it is gone at once, from the rows and from the total
        assertEquals("0 in all", restricted.totalText("overdue"));
        assertThat(BROWSER.driver().getPageSource(), not(containsString(OPEN_TITLE)));

        // When the restriction is removed again
        restrict(openPage, List.of());
        FollowUpDashboardScreen reopened = FollowUpDashboardScreen.openSpacePage(BROWSER, DemoSchool.SPACE_KEY);

        // Then it is back
        assertEquals("1 in all", reopened.totalText("overdue"));
    }

    @Test
    public void api_shouldAnswerNotFound_forASpaceTheCallerMayNotView_andBadRequest_forBadInput() {
        // Given
        FollowUpDashboardScreen dashboard = spacePageAs("Ana Ruiz");

        // When / Then
        assertThat(dashboard.fetch(BROWSER.url("/rest/coaching/1.0/spaces/NOPE/follow-ups")),
                containsString("\"status\":404"));
        assertThat(dashboard.fetch(apiUrl("?from=yesterday")), containsString("\"field\":\"from\""));
        assertThat(dashboard.fetch(apiUrl("/sections/nothing")), containsString("\"field\":\"section\""));
        assertThat(dashboard.fetch(apiUrl("?teacher=nobody.here")), containsString("\"field\":\"teacher\""));
    }
}
