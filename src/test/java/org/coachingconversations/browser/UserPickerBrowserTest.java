package org.coachingconversations.browser;

import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.browser.pages.UserPicker;
import org.coachingconversations.browser.pages.WizardPage;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.data.SandboxUser;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.JavascriptExecutor;

import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/**
 * The wizards' user fields in a real browser, with the user picker bound to them as Confluence's create dialog binds
 * it (in the sandbox, its stand-in for {@code Confluence.Binder.autocompleteMultiUser} and the user search it asks).
 */
public class UserPickerBrowserTest {

    private static final String CYCLE_RECORD = "Post-conference Cycle Record";
    private static final String SPS = "SPS reflection";
    private static final String HOSTILE_NAME = "<img src=x onerror=\"window.pwned=1\">Eve & 'Mallory' <b>Hacker</b>";

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @BeforeClass
    public static void addAUserWithAHostileDisplayName() {
        BROWSER.sandbox().store().addUser(new SandboxUser("eve.hacker", HOSTILE_NAME, "eve@lincoln.example",
                "Teacher, grade 3"));
    }

    @Test
    public void cycleRecordWizard_shouldCreateThePageForTheTeachersPicked_byKeyboardAndByMouse() {
        // Given the observer opens the Cycle Record wizard
        WizardPage wizard = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("James Carter")
                .openCreateDialog().chooseBlueprint(CYCLE_RECORD);

        // When they type part of the teacher's name and pick her with the keyboard, and the observer with the mouse
        UserPicker teacher = wizard.userPicker("teacher").type("Ru");
        assertEquals(List.of("Ana Ruiz"), teacher.suggestions());
        teacher.pickWithKeyboard("Ana Ruiz");
        UserPicker observer = wizard.userPicker("observer").type("car");
        assertEquals(List.of("James Carter"), observer.suggestions());
        BROWSER.screenshot("wizard-user-picker");
        observer.pickWithMouse("James Carter");
        wizard.fill("observationDate", "2025-09-08").fill("observationType", "short").fill("conferenceDate", "2025-09-10");
        PageView target = wizard.submit(PageView::new);

        // Then the form submitted their user names and the page names them
        assertEquals("Cycle Record \u2014 Ana Ruiz \u2014 2025-09-08", target.title());
        assertThat(target.mentions(), hasItems("Ana Ruiz", "James Carter"));
    }

    @Test
    public void userPicker_shouldSubmitTheUserNamesOfTheUsersChosen() {
        // Given
        UserPicker target = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog().chooseBlueprint(SPS)
                .userPicker("teacher");

        // When
        target.type("david").pickWithKeyboard("David Kim");

        // Then
        assertEquals(List.of("David Kim"), target.chosen());
        assertEquals("david.kim", target.submittedValue());
    }

    @Test
    public void spsWizard_shouldAskForOnePerson_whenThePickerChoseTwoTeachers() {
        // Given
        WizardPage wizard = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog().chooseBlueprint(SPS);
        wizard.userPicker("teacher").type("ana").pickWithMouse("Ana Ruiz");
        wizard.userPicker("teacher").type("sarah").pickWithMouse("Sarah Johnson");
        wizard.fill("surveyPeriod", "Spring 2026").fill("school", "Lincoln Elementary").fill("district", "Denver");

        // When
        WizardPage target = wizard.submitExpectingRefusal();

        // Then the server refuses the pair, and the wizard shows both again by name
        assertEquals("Teacher: choose one person; 2 were chosen.", target.errorFor("teacher"));
        assertEquals(List.of("Ana Ruiz", "Sarah Johnson"), waitForNames(target.userPicker("teacher"), 2));
    }

    @Test
    public void userPicker_shouldShowAHostileDisplayNameAsText() {
        // Given
        UserPicker target = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog().chooseBlueprint(SPS)
                .userPicker("teacher");

        // When
        target.type("eve");

        // Then the name is shown character for character, and none of it became markup or ran
        assertEquals(List.of(HOSTILE_NAME), target.suggestions());
        assertEquals(List.of(), target.foreignElementsInSuggestions());
        target.pickWithMouse(HOSTILE_NAME);
        assertEquals(List.of(HOSTILE_NAME), target.chosen());
        assertNull(((JavascriptExecutor) BROWSER.driver()).executeScript("return window.pwned;"));
    }

    @Test
    public void userPicker_shouldSaySo_whenNoUserMatches() {
        // Given
        UserPicker target = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog().chooseBlueprint(SPS)
                .userPicker("teacher");

        // When
        target.type("zz");

        // Then
        assertEquals(List.of(), target.suggestions());
        assertThat(target.listMessage(), containsString("No matches"));
    }

    /** The picker shows user names first and display names once the user search has answered. */
    private static List<String> waitForNames(UserPicker picker, int count) {
        long deadline = System.currentTimeMillis() + 10_000;
        List<String> chosen = picker.chosen();
        while (System.currentTimeMillis() < deadline && (chosen.size() != count || chosen.stream().anyMatch(n -> n.contains(".")))) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            chosen = picker.chosen();
        }
        return chosen;
    }
}
