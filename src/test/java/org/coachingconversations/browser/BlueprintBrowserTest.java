package org.coachingconversations.browser;

import org.coachingconversations.browser.pages.CreateDialog;
import org.coachingconversations.browser.pages.EditorPage;
import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.browser.pages.WizardPage;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The app's blueprints in a real browser: the create dialog, their wizards, and the pages they create. */
public class BlueprintBrowserTest {

    private static final String SPS = "SPS reflection";
    private static final String CYCLE_RECORD = "Post-conference Cycle Record";
    private static final String VIDEO = "Video coaching cycle";

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @Test
    public void createDialog_shouldOfferABlankPageAndTheAppsBlueprints() {
        // Given
        SpaceHomePage home = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY);

        // When
        CreateDialog target = home.openCreateDialog();

        // Then
        assertEquals("Blank page", target.choices().get(0));
        assertThat(target.choices(), hasItems(SPS, CYCLE_RECORD, VIDEO, "Coaching conversation"));
        assertThat(target.description(SPS), containsString("Student Perception Survey"));
        BROWSER.screenshot("create-dialog");
    }

    @Test
    public void spsReflection_shouldCreateAPageWithTheGuidesSections() {
        // Given the SPS wizard, reached through the create dialog
        WizardPage wizard = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog().chooseBlueprint(SPS);
        assertEquals(List.of("teacher", "surveyPeriod", "school", "district"), wizard.fieldNames());
        wizard.fill("teacher", "ana.ruiz").fill("surveyPeriod", "Spring 2026").fill("school", "Lincoln Elementary")
                .fill("district", "Denver Public Schools");
        BROWSER.screenshot("sps-wizard");

        // When the coach creates it, then publishes what the editor opens with
        EditorPage editor = wizard.submit(EditorPage::new);
        assertEquals("SPS reflection \u2014 Ana Ruiz \u2014 Spring 2026", editor.title());
        PageView target = editor.publish();

        // Then
        assertEquals("SPS reflection \u2014 Ana Ruiz \u2014 Spring 2026", target.title());
        assertThat(target.headings(), hasItems("Initial reflective conversation", "Dig into the data",
                "Draw conclusions and create next steps", "SPS results", "Action steps"));
        assertThat(target.bodyText(), containsString("Denver Public Schools"));
        assertThat(target.mentions(), hasItem("Ana Ruiz"));
        assertThat(target.bodyText(), containsString("Attach the SPS export of these results to this page"));
        assertThat(target.bodyText(), containsString("No SPS export attached yet"));
        assertThat(target.pageTree(), hasItem("SPS reflection \u2014 Ana Ruiz \u2014 Spring 2026"));
        BROWSER.screenshot("sps-reflection-page");
    }

    @Test
    public void spsWizard_shouldShowTheServersMessageUnderTheField_whenTheTeacherIsNoUser() {
        // Given
        WizardPage wizard = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog().chooseBlueprint(SPS);
        wizard.fill("teacher", "nobody.here").fill("surveyPeriod", "Fall 2025").fill("school", "Lincoln Elementary")
                .fill("district", "Denver Public Schools");

        // When
        WizardPage target = wizard.submitExpectingRefusal();

        // Then the server's message is under the teacher, the other values are kept, and no page was made
        assertThat(target.errorFor("teacher"), containsString("nobody.here"));
        assertEquals("", target.errorFor("surveyPeriod"));
        assertEquals("Fall 2025", target.value("surveyPeriod"));
        assertThat(target.errorBox(), startsWith("The page was not created"));
        assertThat(target.pageTree(), not(hasItem(containsString("Fall 2025"))));
    }

    @Test
    public void cycleRecordWizard_shouldShowTheServersMessageUnderTheDate_whenThePostConferenceComesFirst() {
        // Given
        WizardPage wizard = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog()
                .chooseBlueprint(CYCLE_RECORD);
        wizard.fill("teacher", "david.kim").fill("observer", DemoSchool.PRINCIPAL).fill("observationDate", "2025-09-08")
                .fill("observationType", "focused").fill("conferenceDate", "2025-09-05");

        // When
        WizardPage target = wizard.submitExpectingRefusal();

        // Then
        assertThat(target.errorFor("conferenceDate"), not(""));
        assertEquals("", target.errorFor("teacher"));
        assertEquals("focused", target.value("observationType"));
        assertEquals("2025-09-05", target.value("conferenceDate"));
    }

    @Test
    public void cycleRecord_shouldOpenTheSavedPage_withTheProtocolStepsAndTheirDueDates() {
        // Given the observer fills in the Cycle Record wizard
        WizardPage wizard = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("James Carter")
                .openCreateDialog().chooseBlueprint(CYCLE_RECORD);
        wizard.fill("teacher", "david.kim").fill("observer", DemoSchool.PRINCIPAL).fill("observationDate", "2025-09-08")
                .fill("observationType", "full").fill("conferenceDate", "2025-09-10");

        // When
        PageView target = wizard.submit(PageView::new);

        // Then the page is saved and restricted at once, with the protocol's steps and when each is due
        assertEquals("Cycle Record \u2014 David Kim \u2014 2025-09-08", target.title());
        assertTrue(target.isRestricted());
        assertThat(target.mentions(), hasItems("David Kim", "James Carter"));
        List<List<String>> before = target.tableAfter("Post-Conferencing Protocol");
        assertEquals(List.of("Person Responsible", "Action To Be Completed", "Due"), before.get(0));
        assertEquals("post-conference window: 2 to 5 school days after Monday 8 September", "10 Sep 2025 \u2013 15 Sep 2025",
                before.get(1).get(2));
        assertThat("sharing window: 1 to 2 school days before the post-conference", before.stream()
                .map(row -> row.get(2)).toList(), hasItem("8 Sep 2025 \u2013 9 Sep 2025"));
        target.scrollTo("Post-Conferencing Protocol");
        BROWSER.screenshot("cycle-record-page");
    }

    @Test
    public void videoCoachingCycle_shouldShowTheSixtyMinuteOutline() {
        // Given
        WizardPage wizard = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog().chooseBlueprint(VIDEO);
        wizard.fill("teacher", "sarah.johnson").fill("coach", DemoSchool.COACH).fill("meetingDate", "2025-09-24")
                .fill("meetingTime", "15:30").fill("focus", "Student discourse during the launch of a task")
                .fill("rubricCodes", "MQI-2a, MQI-3b")
                .fill("clip1", "03:15-08:40").fill("clip1Reason", "Students explain their strategies to a partner")
                .fill("clip2", "21:05-24:30").fill("clip2Reason", "The whole-class share after the task")
                .fill("stockClip", "Ms. Rivera: Number talks in grade 5");

        // When
        PageView target = wizard.submit(EditorPage::new).publish();

        // Then
        assertEquals("Video coaching cycle \u2014 Sarah Johnson \u2014 2025-09-24", target.title());
        List<String> minutes = target.tableAfter("Outline of a 60 min coaching conversation").stream()
                .map(row -> row.get(0)).toList();
        assertEquals(List.of("Minutes", "3 min", "2 min", "10 min", "4 min", "2 min", "10 min", "12 min", "5 min",
                "12 min", "60 min"), minutes);
        target.scrollTo("Outline of a 60 min coaching conversation");
        BROWSER.screenshot("video-coaching-cycle-agenda");
    }
}
