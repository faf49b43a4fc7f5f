package org.coachingconversations.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.browser.pages.SandboxScreen;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.browser.pages.SpaceSettingsPage;
import org.coachingconversations.browser.pages.WizardPage;
import org.coachingconversations.domain.calendar.Holiday;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The space settings page in a real browser: the space administrator (James Carter, the principal) edits the
 * settings from space tools → Coaching and sees each problem beside its field; a teacher gets "Page not found"; the
 * leaders group decides whether the principal sees a Cycle Record he does not take part in.
 */
public class SpaceSettingsBrowserTest {

    private static final String JAMES = "James Carter";
    private static final String ANA = "Ana Ruiz";
    private static final String MARIA = "Maria Lopez";

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @Test
    public void spaceAdministrator_shouldSaveTheSettings_fromSpaceTools() {
        // Given James, who administers the school's space, on its home page
        SandboxScreen home = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo(JAMES);
        home = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY);
        assertEquals(List.of("Coaching"), SpaceSettingsPage.spaceTools(home));
        SpaceSettingsPage target = SpaceSettingsPage.openFromSpaceTools(home);
        assertEquals(DemoSchool.LEADERS_GROUP, target.value("leadersGroup"));
        assertEquals(List.of("SATURDAY", "SUNDAY"), target.weekendDays());

        // When he changes the calendar, a window, the dashboard horizon and the rubric
        target.chooseTimeZone("America/Chicago").setWeekendDays("FRIDAY", "SATURDAY", "SUNDAY")
                .addHoliday("Winter break", "2025-12-22", "2026-01-02").addHoliday("Labor Day", "2025-09-01",
                        "2025-09-01")
                .type("postConferenceWindowMost", "6").type("dueSoonDays", "10")
                .type("rubricName", "Framework for <Teaching> & \"Learning\"")
                .type("rubricElements", "1a Demonstrating knowledge\n\n3b Questioning & discussion\n");
        ((JavascriptExecutor) BROWSER.driver()).executeScript("window.scrollTo(0, 0);");
        BROWSER.screenshot("space-settings");
        target.save();

        // Then the page says so, the store holds it, and a reload shows it
        assertThat(target.savedMessage(), containsString("Settings saved."));
        assertEquals("", target.summary());
        SpaceSettings saved = settings();
        assertEquals("America/Chicago", saved.calendar().zone().getId());
        assertEquals(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), saved.calendar().weekendDays());
        assertThat(saved.calendar().holidays(), hasItem(Holiday.between("Winter break", LocalDate.of(2025, 12, 22),
                LocalDate.of(2026, 1, 2))));
        assertEquals(6, saved.timeline().conferenceAfterObservation().most());
        assertEquals(10, saved.dueSoonDays());
        assertEquals(List.of("1a Demonstrating knowledge", "3b Questioning & discussion"), saved.rubricElements());
        SpaceSettingsPage reloaded = SpaceSettingsPage.open(BROWSER, DemoSchool.SPACE_KEY);
        assertEquals("America/Chicago", reloaded.timeZone());
        assertEquals(List.of("Labor Day 2025-09-01 2025-09-01", "Winter break 2025-12-22 2026-01-02"),
                reloaded.holidays());
        assertEquals("Framework for <Teaching> & \"Learning\"", reloaded.value("rubricName"));
        assertTrue(BROWSER.driver().findElements(By.xpath("//main//*[local-name()='Teaching']")).isEmpty());

        // And a holiday row can be removed again
        reloaded.removeHoliday(0).setWeekendDays("SATURDAY", "SUNDAY").chooseTimeZone("Europe/London").save();
        assertThat(reloaded.savedMessage(), containsString("Settings saved."));
        assertEquals(1, settings().calendar().holidays().size());
    }

    @Test
    public void spaceAdministrator_shouldSeeEachProblemBesideItsField_andNothingIsSaved() {
        // Given
        SpaceSettings before = settings();
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo(JAMES);
        SpaceSettingsPage target = SpaceSettingsPage.open(BROWSER, DemoSchool.SPACE_KEY);

        // When
        target.type("dueSoonDays", "ten").type("finalizationWindowFewest", "5").type("finalizationWindowMost", "2")
                .addHoliday("Spring break", "2026-04-10", "2026-04-03").type("leadersGroup", "no-such-group")
                .type("rubricName", "x".repeat(101)).save();

        // Then every problem is beside its field, named by it, and nothing changed
        BROWSER.screenshot("space-settings-errors");
        assertThat(target.summary(), containsString("Nothing was saved"));
        assertEquals("the value \"ten\" is not a whole number.", target.problem("dueSoonDays"));
        assertEquals("the most school days (2) is less than the fewest (5).", target.problem("finalizationWindow"));
        assertThat(target.problem("holidays"), containsString("row 1: the last day 2026-04-03 is before the first day"
                + " 2026-04-10."));
        assertThat(target.problem("leadersGroup"), containsString("there is no group named \"no-such-group\""));
        assertEquals("the name has 101 characters; the limit is 100.", target.problem("rubricName"));
        for (String field : List.of("dueSoonDays", "finalizationWindow", "holidays", "leadersGroup", "rubricName")) {
            assertTrue(field + " marked invalid", target.isMarkedInvalid(field));
            assertTrue(field + " names its problem", target.describesProblem(field));
        }
        assertEquals("", target.problem("timeZone"));
        assertFalse(target.isMarkedInvalid("timeZone"));
        assertEquals(before, settings());
    }

    @Test
    public void teacher_shouldGetPageNotFound_likeForASpaceThatDoesNotExist() {
        // Given Ana, a teacher of the school, who sees no Coaching link in space tools
        SandboxScreen home = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo(ANA);
        assertEquals(List.of(), SpaceSettingsPage.spaceTools(SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY)));

        // When she opens the page's address, and that of a space that does not exist
        SandboxScreen target = SandboxScreen.open(BROWSER, SpaceSettingsPage.path(DemoSchool.SPACE_KEY));
        String page = BROWSER.driver().findElement(By.id("main-content")).getText();
        SandboxScreen missing = SandboxScreen.open(BROWSER, SpaceSettingsPage.path("NOSUCHSPACE"));
        String missingPage = BROWSER.driver().findElement(By.id("main-content")).getText();
        String rest = fetch("GET", "/rest/coaching/1.0/spaces/" + DemoSchool.SPACE_KEY + "/settings");
        String restMissing = fetch("GET", "/rest/coaching/1.0/spaces/NOSUCHSPACE/settings");
        String write = fetch("PUT", "/rest/coaching/1.0/spaces/" + DemoSchool.SPACE_KEY + "/settings");
        String groups = fetch("GET", "/rest/coaching/1.0/spaces/" + DemoSchool.SPACE_KEY + "/groups?query=");

        // Then
        assertTrue(target.isNotFound());
        assertTrue(missing.isNotFound());
        assertEquals(missingPage, page);
        assertThat(page, not(containsString("Coaching settings")));
        assertEquals("404 {\"status\":404,\"message\":\"Not found.\",\"field\":null,\"current\":null}", rest);
        assertEquals(rest, restMissing);
        assertEquals(rest, write);
        assertEquals(rest, groups);
    }

    @Test
    public void principal_shouldSeeANewCycleRecord_onceTheLeadersGroupIsSet() {
        // Given a space without a leaders group, and a Cycle Record Maria observed for Ana
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo(JAMES);
        SpaceSettingsPage settings = SpaceSettingsPage.open(BROWSER, DemoSchool.SPACE_KEY);
        settings.type("leadersGroup", "").save();
        assertThat(settings.savedMessage(), containsString("Settings saved."));
        long before = cycleRecordForAnaObservedByMaria("2025-09-08");
        assertTrue("James takes no part in it", SandboxScreen.open(BROWSER, "/pages/viewpage.action?pageId="
                + before).isNotFound());

        // When James chooses the leaders group with the picker and saves
        SpaceSettingsPage target = SpaceSettingsPage.open(BROWSER, DemoSchool.SPACE_KEY);
        assertEquals(List.of(DemoSchool.LEADERS_GROUP), target.groupSuggestions("leader"));
        target.type("leadersGroup", DemoSchool.LEADERS_GROUP).save();
        assertThat(target.savedMessage(), containsString("Settings saved."));
        long after = cycleRecordForAnaObservedByMaria("2025-09-09");

        // Then he sees the Cycle Record created since, as a leader; the earlier one keeps its restriction
        PageView record = PageView.open(BROWSER, after);
        assertThat(record.title(), containsString("Cycle Record"));
        assertTrue(record.isRestricted());
        assertEquals(DemoSchool.LEADERS_GROUP, settings().leadersGroup());
        assertTrue(SandboxScreen.open(BROWSER, "/pages/viewpage.action?pageId=" + before).isNotFound());
    }

    @Test
    public void demoSchool_shouldNameItsLeadersGroup_soThatThePrincipalSeesCycleRecords() {
        // Given the demo school as the sandbox seeds it
        assertEquals(DemoSchool.LEADERS_GROUP, settings().leadersGroup());

        // When Maria records a post-conference with Ana
        long pageId = cycleRecordForAnaObservedByMaria("2025-09-10");

        // Then James, the principal, sees it
        PageView.open(BROWSER, pageId).userSwitcher().switchTo(JAMES);
        assertThat(PageView.open(BROWSER, pageId).title(), containsString("Cycle Record"));
    }

    /** Maria creates a Cycle Record for Ana through the wizard; it is restricted at once. */
    private static long cycleRecordForAnaObservedByMaria(String observationDate) {
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo(MARIA);
        WizardPage wizard = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog()
                .chooseBlueprint("Post-conference Cycle Record");
        wizard.fill("teacher", "ana.ruiz").fill("observer", DemoSchool.COACH).fill("observationDate", observationDate)
                .fill("observationType", "full")
                .fill("conferenceDate", LocalDate.parse(observationDate).plusDays(2).toString());
        wizard.submit(PageView::new);
        long pageId = Long.parseLong(BROWSER.driver().getCurrentUrl().replaceAll(".*[?&]pageId=(\\d+).*", "$1"));
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo(JAMES);
        return pageId;
    }

    private static SpaceSettings settings() {
        return BROWSER.sandbox().plugin().component(SpaceSettingsStore.class).get(DemoSchool.SPACE_KEY);
    }

    /** Status and body of a same-origin request as the browser's current user. */
    private static String fetch(String method, String path) {
        return String.valueOf(((JavascriptExecutor) BROWSER.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: arguments[1], credentials: 'same-origin', headers: {"
                        + "'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},"
                        + " body: arguments[1] === 'GET' ? undefined : '{}'})"
                        + ".then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + t); }); })",
                BROWSER.url(path), method));
    }
}
