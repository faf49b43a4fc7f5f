package org.coachingconversations.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.coachingconversations.browser.pages.AcknowledgementControl;
import org.coachingconversations.browser.pages.ActionStepsList;
import org.coachingconversations.browser.pages.EditorPage;
import org.coachingconversations.browser.pages.FollowUpDashboardScreen;
import org.coachingconversations.browser.pages.FollowUpJobPage;
import org.coachingconversations.browser.pages.LanguageSwitcher;
import org.coachingconversations.browser.pages.MacroBrowserDialog;
import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.browser.pages.SandboxScreen;
import org.coachingconversations.browser.pages.SelfCheckControl;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.browser.pages.SpaceSettingsPage;
import org.coachingconversations.browser.pages.SpsResultsPanel;
import org.coachingconversations.browser.pages.TrashPage;
import org.coachingconversations.browser.pages.WizardPage;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.actionstep.ChangedBy;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.sandbox.data.OutboxMessage;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.plugin.SandboxPlugin;
import org.coachingconversations.testing.descriptor.PluginDescriptor;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.junit.AfterClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

/**
 * WCAG 2.1 A and AA, as axe-core finds it, on every screen of the app the sandbox shows: the four wizards empty and
 * refused, the pages they create, every macro (the action steps also while editing), the dashboard, the space
 * settings page with its field errors, the follow-up job's admin page and the digest subscription page.
 */
public class AccessibilityBrowserTest {

    private static final String ANA = "ana.ruiz";
    /** The components judge "overdue" by the machine's clock, in the site's zone. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.systemDefault());

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @ClassRule
    public static final TemporaryFolder FILES = new TemporaryFolder();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @AfterClass
    public static void printCount() {
        System.out.println(Axe.summary());
    }

    private static WizardPage wizard(String blueprint) {
        return SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog().chooseBlueprint(blueprint);
    }

    private static void check(String screen) {
        Axe.check(BROWSER.driver(), screen);
    }

    @Test
    public void spaceHomeAndCreateDialog_shouldHaveNoViolations() {
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY);
        check("space home");
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog();
        check("create dialog");
    }

    @Test
    public void spsWizard_shouldHaveNoViolations_emptyRefusedAndCreated() {
        WizardPage wizard = wizard("SPS reflection");
        check("SPS wizard");
        wizard.fill("teacher", "nobody.here").fill("surveyPeriod", "Fall 2025").fill("school", "Lincoln Elementary")
                .fill("district", "Denver Public Schools");
        wizard.submitExpectingRefusal();
        check("SPS wizard, refused");
        EditorPage editor = wizard("SPS reflection").fill("teacher", ANA).fill("surveyPeriod", "Fall 2025")
                .fill("school", "Lincoln Elementary").fill("district", "Denver Public Schools")
                .submit(EditorPage::new);
        check("editor with the SPS reflection");
        editor.publish();
        check("SPS reflection page");
    }

    @Test
    public void cycleRecordWizard_shouldHaveNoViolations_emptyRefusedAndCreated() {
        WizardPage wizard = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("James Carter")
                .openCreateDialog().chooseBlueprint("Post-conference Cycle Record");
        check("Cycle Record wizard");
        wizard.fill("teacher", "david.kim").fill("observer", DemoSchool.PRINCIPAL).fill("observationDate", "2025-09-08")
                .fill("observationType", "focused").fill("conferenceDate", "2025-09-05");
        wizard.submitExpectingRefusal();
        check("Cycle Record wizard, refused");
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog()
                .chooseBlueprint("Post-conference Cycle Record").fill("teacher", "david.kim")
                .fill("observer", DemoSchool.PRINCIPAL).fill("observationDate", "2025-09-08")
                .fill("observationType", "full").fill("conferenceDate", "2025-09-10").submit(PageView::new);
        check("Cycle Record page");
    }

    @Test
    public void videoWizard_shouldHaveNoViolations_emptyRefusedAndCreated() {
        WizardPage wizard = wizard("Video coaching cycle");
        check("video coaching cycle wizard");
        wizard.fill("teacher", "nobody.here").fill("coach", DemoSchool.COACH).fill("meetingDate", "2025-09-24")
                .fill("meetingTime", "15:30").fill("focus", "Student discourse")
                .fill("rubricCodes", "MQI-2a").fill("clip1", "03:15-08:40").fill("clip1Reason", "Partners")
                .fill("clip2", "21:05-24:30").fill("clip2Reason", "Share").fill("stockClip", "Number talks");
        wizard.submitExpectingRefusal();
        check("video coaching cycle wizard, refused");
        wizard("Video coaching cycle").fill("teacher", "sarah.johnson").fill("coach", DemoSchool.COACH)
                .fill("meetingDate", "2025-09-24").fill("meetingTime", "15:30").fill("focus", "Student discourse")
                .fill("rubricCodes", "MQI-2a").fill("clip1", "03:15-08:40").fill("clip1Reason", "Partners")
                .fill("clip2", "21:05-24:30").fill("clip2Reason", "Share").fill("stockClip", "Number talks")
                .submit(EditorPage::new).publish();
        check("video coaching cycle page");
    }

    @Test
    public void coachingConversationWizard_shouldHaveNoViolations_emptyRefusedAndCreated() {
        WizardPage wizard = wizard("Coaching conversation");
        check("coaching conversation wizard");
        wizard.fill("teacher", "nobody.here").fill("coach", DemoSchool.COACH).fill("conversationDate", "2025-09-12")
                .fill("entryPoint", "analyze-deeper-cause").fill("focus", "Checks for understanding")
                .fill("nextConversationDate", "2025-09-26");
        wizard.submitExpectingRefusal();
        check("coaching conversation wizard, refused");
        wizard("Coaching conversation").fill("teacher", ANA).fill("coach", DemoSchool.COACH)
                .fill("conversationDate", "2025-09-12").fill("entryPoint", "analyze-deeper-cause")
                .fill("focus", "Checks for understanding").fill("nextConversationDate", "2025-09-26")
                .submit(EditorPage::new).publish();
        check("coaching conversation page");
    }

    @Test
    public void macros_shouldHaveNoViolations() {
        long page = BROWSER.sandbox().store().createPage(DemoSchool.SPACE_KEY, BROWSER.pageId(DemoSchool.SPACE_NAME),
                "Every macro", macro("coaching-conversation-qualities")
                        + macro("coaching-guide", "guide", "coaching", "section", "coaching/components/successes")
                        + macro("coaching-guide", "guide", "post-conference", "role", "observer", "phase", "before")
                        + macro("coaching-agenda", "start", "15:30")
                        + macro("coaching-action-steps")
                        + macro("coaching-acknowledgement")
                        + macro("coaching-self-check")
                        + macro("coaching-sps-results")
                        + macro("coaching-follow-up-dashboard", "spaces", DemoSchool.SPACE_KEY),
                DemoSchool.COACH);
        // Registered as the creation listener registers a blueprint page, with one overdue step and one due later
        SandboxPlugin plugin = BROWSER.sandbox().plugin();
        plugin.component(ConversationStore.class).register(new StoredConversation(page, DemoSchool.SPACE_KEY,
                ConversationType.COACHING_CONVERSATION, plugin.userKey(ANA),
                Optional.of(plugin.userKey(DemoSchool.COACH)), TODAY.minusDays(20), Optional.empty(),
                Optional.empty()));
        plugin.component(ActionStepStore.class).addToPage(page, List.of(
                ActionStep.open(page, DemoSchool.SPACE_KEY, plugin.userKey(ANA), ParticipantRole.TEACHER,
                        "Use exit tickets daily", TODAY.minusDays(5)),
                ActionStep.open(page, DemoSchool.SPACE_KEY, plugin.userKey(DemoSchool.COACH), ParticipantRole.COACH,
                        "Model a think-aloud", TODAY.plusDays(30))));
        PageView view = PageView.open(BROWSER, page);
        new FollowUpDashboardScreen(BROWSER.driver());
        check("page with every macro");
        assertEquals("the overdue lozenge says so in words", "Overdue", BROWSER.driver().findElement(
                By.cssSelector(".coaching-action-steps .aui-lozenge.coaching-deadline")).getAttribute("textContent").strip());
        view.actionStepsList("page").row("Use exit tickets daily").edit();
        check("action steps, editing a step");
        PageView.open(BROWSER, page).actionStepsList("page").add();
        check("action steps, adding a step");
    }

    @Test
    public void dashboard_shouldHaveNoViolations() {
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("James Carter");
        FollowUpDashboardScreen dashboard = FollowUpDashboardScreen.openSpacePage(BROWSER, DemoSchool.SPACE_KEY);
        check("follow-up dashboard");
        assertThat("the chart's text alternative", dashboard.chartDescription(), not(""));
    }

    @Test
    public void spaceSettings_shouldHaveNoViolations_withFieldErrors() {
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("James Carter");
        SpaceSettingsPage settings = SpaceSettingsPage.open(BROWSER, DemoSchool.SPACE_KEY);
        check("space settings");
        settings.type("dueSoonDays", "ten").type("finalizationWindowFewest", "5").type("finalizationWindowMost", "2")
                .addHoliday("Spring break", "2026-04-10", "2026-04-03").type("leadersGroup", "no-such-group").save();
        check("space settings, refused");
    }

    @Test
    public void adminAndDigestPages_shouldHaveNoViolations() {
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("James Carter");
        BROWSER.driver().get(BROWSER.url("/plugins/servlet/coaching/digest-subscription"));
        check("digest subscription");
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("Alex Admin");
        FollowUpJobPage.open(BROWSER);
        check("follow-up job admin page");
        FollowUpJobPage.open(BROWSER).runNow();
        check("follow-up job admin page, after a run");
    }

    @Test
    public void spsResults_shouldHaveNoViolations_withAnAttachedExport_andWithAMalformedOne() throws IOException {
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("Ana Ruiz");
        PageView page = PageView.open(BROWSER, BROWSER.sandbox().store().createPage(DemoSchool.SPACE_KEY,
                BROWSER.pageId(DemoSchool.SPACE_NAME), "Ana Ruiz \u2014 SPS results for axe",
                macro("coaching-sps-results"), ANA));
        Path export = FILES.getRoot().toPath().resolve("sps-spring-2026.csv");
        try (InputStream in = getClass().getResourceAsStream("/sps/colorado-sps-34-items.csv")) {
            Files.copy(in, export, StandardCopyOption.REPLACE_EXISTING);
        }
        SpsResultsPanel results = SpsResultsPanel.on(SpsResultsPanel.on(page, BROWSER.driver()).attach(export),
                BROWSER.driver());
        assertEquals("the tables and the charts are there", 4, results.chartTitles().size());
        check("SPS results with an attached export");

        PageView broken = PageView.open(BROWSER, BROWSER.sandbox().store().createPage(DemoSchool.SPACE_KEY,
                BROWSER.pageId(DemoSchool.SPACE_NAME), "Ana Ruiz \u2014 broken SPS export for axe",
                macro("coaching-sps-results"), ANA));
        Path malformed = FILES.getRoot().toPath().resolve("sps-broken.csv");
        Files.writeString(malformed, "Item,Element,Student group,Responses,Always,Most of the time,Sometimes,Never,"
                + "% Favorable,School average,District average\n"
                + "My teacher explains.,Student Learning,All students,28,12,10,4,2,seventy,79,77\n");
        SpsResultsPanel problems = SpsResultsPanel.on(SpsResultsPanel.on(broken, BROWSER.driver()).attach(malformed),
                BROWSER.driver());
        assertEquals(1, problems.problems().size());
        check("SPS results with a malformed export");
    }

    @Test
    public void acknowledgement_shouldHaveNoViolations_inEveryStageTheTeacherAndTheObserverSee() {
        long pageId = cycleRecordForAna();
        acknowledgementAs("James Carter", pageId).markFinalized();
        check("acknowledgement, finalized, as the observer");
        AcknowledgementControl asAna = acknowledgementAs("Ana Ruiz", pageId);
        check("acknowledgement, awaiting the teacher's answer");
        asAna.objectExpectingError();
        check("acknowledgement, objection without a text");
        asAna.typeAdditionalInformation("The rating for 3b leaves out the exit tickets.").object();
        check("acknowledgement, after objecting, as the teacher");
        acknowledgementAs("James Carter", pageId);
        check("acknowledgement, after the objection, as the observer");

        long acknowledged = cycleRecordForAna();
        acknowledgementAs("James Carter", acknowledged).markFinalized();
        acknowledgementAs("Ana Ruiz", acknowledged).acknowledge();
        check("acknowledgement, after acknowledging, as the teacher");
        assertEquals("Received", acknowledgementAs("James Carter", acknowledged).answerKind());
        check("acknowledgement, after the acknowledgement, as the observer");
    }

    @Test
    public void selfCheck_shouldHaveNoViolations_afterSaving_andWithANoteError() {
        long page = BROWSER.sandbox().store().createPage(DemoSchool.SPACE_KEY, BROWSER.pageId(DemoSchool.SPACE_NAME),
                "Ana Ruiz \u2014 self-check for axe", macro("coaching-self-check"), DemoSchool.COACH);
        registerConversation(page);
        SelfCheckControl selfCheck = SelfCheckControl.on(PageView.open(BROWSER, page), BROWSER.driver());
        selfCheck.tick("substantive").typeNote("substantive", "Exit tickets on fractions.").save();
        assertEquals("Saved.", selfCheck.status());
        check("self-check, after saving");
        SelfCheckControl reloaded = SelfCheckControl.on(PageView.open(BROWSER, page), BROWSER.driver());
        assertThat(reloaded.savedLine(), containsString("Last saved by"));
        check("self-check, saved, after a reload");
        ((JavascriptExecutor) BROWSER.driver()).executeScript("document.querySelector("
                + "\"textarea.coaching-self-check-note[data-quality='substantive']\").value = 'x'.repeat(501);");
        reloaded.save();
        assertThat(reloaded.error(), containsString("shorten it to 500 characters"));
        check("self-check, a note too long");
        PageView.open(BROWSER, page).userSwitcher().switchTo("David Kim");
        SelfCheckControl.on(PageView.open(BROWSER, page), BROWSER.driver());
        check("self-check, read-only");
    }

    @Test
    public void actionSteps_shouldHaveNoViolations_withTheConflictMessage() {
        long page = BROWSER.sandbox().store().createPage(DemoSchool.SPACE_KEY, BROWSER.pageId(DemoSchool.SPACE_NAME),
                "Ana Ruiz \u2014 steps changed twice, for axe", macro("coaching-action-steps"), DemoSchool.COACH);
        registerConversation(page);
        SandboxPlugin plugin = BROWSER.sandbox().plugin();
        ActionStepStore steps = plugin.component(ActionStepStore.class);
        Versioned<ActionStep> step = steps.addToPage(page, List.of(ActionStep.open(page, DemoSchool.SPACE_KEY,
                plugin.userKey(ANA), ParticipantRole.TEACHER, "Plan the fractions unit", TODAY.plusDays(30)))).get(0);
        ActionStepsList list = PageView.open(BROWSER, page).actionStepsList("page");
        // Ana drops the step from her own browser meanwhile
        steps.changeStatus(step.value().id(), step.version(), ActionStepStatus.DROPPED, TODAY,
                new ChangedBy(plugin.userKey(ANA), Instant.now()));
        ActionStepsList.Row stale = list.row("Plan the fractions unit").click("Mark done");
        assertThat(stale.message(), containsString("Ana Ruiz"));
        check("action steps, the conflict message");
        list.row("Plan the fractions unit").click("Reopen");
        check("action steps, after a change");
    }

    @Test
    public void dashboard_shouldHaveNoViolations_filtered_andWithAnEmptyList() {
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("James Carter");
        FollowUpDashboardScreen dashboard = FollowUpDashboardScreen.openSpacePage(BROWSER, DemoSchool.SPACE_KEY)
                .filterByTeacher("nobody.teaches.here");
        assertThat("a list says it is empty", dashboard.sectionIds().stream().map(dashboard::emptyText)
                .filter(text -> !text.isEmpty()).toList(), not(empty()));
        check("follow-up dashboard, filtered, with empty lists");
        FollowUpDashboardScreen.openSpacePage(BROWSER, DemoSchool.SPACE_KEY).filterByTeacher(ANA);
        check("follow-up dashboard, filtered by a teacher");
    }

    @Test
    public void settingsAndDigestSubscription_shouldHaveNoViolations_afterSaving() {
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("James Carter");
        SpaceSettingsPage settings = SpaceSettingsPage.open(BROWSER, DemoSchool.SPACE_KEY).type("dueSoonDays", "7")
                .save();
        assertThat(settings.savedMessage(), containsString("Settings saved."));
        check("space settings, saved");
        BROWSER.driver().get(BROWSER.url("/plugins/servlet/coaching/digest-subscription"));
        clickAndWaitForNextScreen(BROWSER.driver().findElement(
                By.cssSelector(".coaching-digest-subscription-button")));
        assertEquals("false", BROWSER.driver().findElement(By.cssSelector(".coaching-digest-subscription"))
                .getAttribute("data-receiving"));
        check("digest subscription, after opting out");
        clickAndWaitForNextScreen(BROWSER.driver().findElement(
                By.cssSelector(".coaching-digest-subscription-button")));
        check("digest subscription, after opting in again");
    }

    @Test
    public void overdueDigestMail_shouldHaveNoViolations_asItsRecipientReadsIt() {
        // Given overdue steps of Ana's, flagged by a run of the job
        SandboxPlugin plugin = BROWSER.sandbox().plugin();
        long page = BROWSER.pageId(DemoSchool.STAFF_MEETING_TITLE);
        plugin.component(ActionStepStore.class).addToPage(page, List.of(
                ActionStep.open(page, DemoSchool.SPACE_KEY, plugin.userKey(ANA), ParticipantRole.TEACHER,
                        "Try think-pair-share <b>twice</b>", LocalDate.of(2025, 9, 1)),
                ActionStep.open(page, DemoSchool.SPACE_KEY, plugin.userKey(ANA), ParticipantRole.TEACHER,
                        "Bring student work to the next meeting", LocalDate.of(2025, 9, 2))));
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("Alex Admin");
        FollowUpJobPage.open(BROWSER).runNow();
        List<OutboxMessage> outbox = BROWSER.sandbox().store().outbox();
        OutboxMessage digest = outbox.stream().filter(mail -> mail.recipient().startsWith(ANA))
                .filter(mail -> mail.body().contains("Bring student work to the next meeting")).findFirst()
                .orElseThrow();

        // When Ana opens it
        BROWSER.driver().get(BROWSER.url("/sandbox/outbox"));
        Axe.checkHost(BROWSER.driver(), "outbox");
        clickAndWaitForNextScreen(BROWSER.driver().findElement(By.cssSelector(
                ".sandbox-mail-open[href$='id=" + digest.id() + "']")));

        // Then
        assertThat(BROWSER.driver().findElement(By.tagName("body")).getText(),
                containsString("Bring student work to the next meeting"));
        check("overdue digest e-mail");
        assertEquals("en", BROWSER.driver().findElement(By.tagName("html")).getAttribute("lang"));
    }

    @Test
    public void spanishScreens_shouldHaveNoViolations_andSayTheyAreSpanish() {
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY);
        new LanguageSwitcher(BROWSER.driver()).switchTo("Espa\u00f1ol");
        try {
            long page = BROWSER.sandbox().store().createPage(DemoSchool.SPACE_KEY,
                    BROWSER.pageId(DemoSchool.SPACE_NAME), "Gu\u00eda y agenda",
                    macro("coaching-guide", "guide", "coaching", "section", "coaching/components/successes")
                            + macro("coaching-guide", "guide", "post-conference", "role", "observer", "phase",
                            "before")
                            + macro("coaching-agenda", "start", "15:30")
                            + macro("coaching-conversation-qualities"),
                    DemoSchool.COACH);
            WizardPage wizard = wizard("Reflexi\u00f3n SPS");
            check("SPS wizard, in Spanish");
            wizard.fill("teacher", "nobody.here").fill("surveyPeriod", "Primavera 2026")
                    .fill("school", "Lincoln Elementary").fill("district", "Denver Public Schools")
                    .submitExpectingRefusal();
            check("SPS wizard, refused, in Spanish");
            assertEquals("es", languageOf(".sandbox-wizard-form .error[id]"));
            FollowUpDashboardScreen.openSpacePage(BROWSER, DemoSchool.SPACE_KEY);
            check("follow-up dashboard, in Spanish");
            assertEquals("es", languageOf(".coaching-dashboard-space"));

            PageView.open(BROWSER, page);
            check("guide and agenda macros, in Spanish");
            assertEquals("es", languageOf(".coaching-agenda, .coaching-guide"));

            SandboxScreen.open(BROWSER, "/pages/editpage.action?pageId=" + page);
            MacroBrowserDialog dialog = MacroBrowserDialog.open(new EditorPage(BROWSER.driver()), BROWSER.driver());
            check("macro browser, in Spanish");
            assertThat("the app's Spanish labels", dialog.macroLabels(), hasItem(BundleI18nResolver.fromDescriptor(
                    new Locale("es")).getText(PluginDescriptor.load().pluginKey() + ".coaching-guide.label")));
            assertEquals("es", languageOf(".sandbox-macro-choice strong"));
            assertEquals("the sandbox's own words", "en", languageOf(".sandbox-macro-browser-hint"));
            dialog.choose("coaching-guide");
            check("macro browser, the guide macro's parameters, in Spanish");
            assertEquals("es", languageOf(".sandbox-macro-form:not([hidden]) legend"));
        } finally {
            SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY);
            new LanguageSwitcher(BROWSER.driver()).switchTo("English");
        }
    }

    @Test
    public void macroBrowser_shouldHaveNoViolations_listingAndWithAMacrosParameters() {
        long page = BROWSER.sandbox().store().createPage(DemoSchool.SPACE_KEY, BROWSER.pageId(DemoSchool.SPACE_NAME),
                "Macro browser for axe", "<p>Agenda</p>", DemoSchool.COACH);
        SandboxScreen.open(BROWSER, "/pages/editpage.action?pageId=" + page);
        MacroBrowserDialog dialog = MacroBrowserDialog.open(new EditorPage(BROWSER.driver()), BROWSER.driver());
        check("macro browser");
        assertEquals("en", languageOf(".sandbox-macro-choice strong"));
        dialog.choose("coaching-guide");
        check("macro browser, the guide macro's parameters");
    }

    /**
     * The sandbox's stand-ins for Confluence's own screens, with nothing of the app on them: counted apart, and
     * listed in docs/accessibility.md when one has a violation.
     */
    @Test
    public void hostScreens_shouldBeChecked_apartFromTheApps() throws IOException {
        long page = BROWSER.sandbox().store().createPage(DemoSchool.SPACE_KEY, BROWSER.pageId(DemoSchool.SPACE_NAME),
                "Lunch duty rota", "<p>Mondays: Ana. Tuesdays: David.</p>", DemoSchool.COACH);
        List<String> violations = new ArrayList<>();
        BROWSER.driver().get(BROWSER.url("/spaces"));
        violations.addAll(Axe.checkHost(BROWSER.driver(), "dashboard (space directory)"));
        Path notes = FILES.getRoot().toPath().resolve("rota.txt");
        Files.writeString(notes, "Mondays: Ana\n");
        SpsResultsPanel.on(PageView.open(BROWSER, page), BROWSER.driver()).attach(notes);
        violations.addAll(Axe.checkHost(BROWSER.driver(), "page view with its attachments"));
        SandboxScreen.open(BROWSER, "/pages/editpage.action?pageId=" + page);
        violations.addAll(Axe.checkHost(BROWSER.driver(), "editor"));
        SandboxScreen.open(BROWSER, "/pages/createpage.action?spaceKey=" + DemoSchool.SPACE_KEY);
        violations.addAll(Axe.checkHost(BROWSER.driver(), "editor, a new blank page"));
        SandboxScreen.open(BROWSER, "/pages/viewpreviousversions.action?pageId=" + page);
        violations.addAll(Axe.checkHost(BROWSER.driver(), "page history"));
        TrashPage.open(BROWSER, DemoSchool.SPACE_KEY);
        violations.addAll(Axe.checkHost(BROWSER.driver(), "space trash"));
        SandboxScreen.open(BROWSER, "/sandbox/plugin");
        violations.addAll(Axe.checkHost(BROWSER.driver(), "plugin modules"));
        SandboxScreen.open(BROWSER, "/pages/viewpage.action?pageId=987654321");
        violations.addAll(Axe.checkHost(BROWSER.driver(), "page not found"));
        assertEquals("host screens: " + String.join("\n", violations), List.of(), violations);
    }

    @Test
    public void refusedWizard_shouldDescribeEachFieldByItsMessage_inALiveRegion() {
        // Given
        WizardPage wizard = wizard("SPS reflection");
        wizard.fill("teacher", "nobody.here").fill("surveyPeriod", "Fall 2025").fill("school", "Lincoln Elementary")
                .fill("district", "Denver Public Schools");

        // When
        WizardPage target = wizard.submitExpectingRefusal();

        // Then the message is part of the field's description, and its place is announced when it changes
        WebElement teacher = BROWSER.driver().findElement(By.cssSelector(".sandbox-wizard-form [name=teacher]"
                + ":not([type=hidden])"));
        List<WebElement> describedBy = Arrays.stream(teacher.getAttribute("aria-describedby").split(" "))
                .map(id -> BROWSER.driver().findElement(By.id(id))).toList();
        assertThat(describedBy.stream().map(WebElement::getText).toList(), hasItem(target.errorFor("teacher")));
        assertThat(target.errorFor("teacher"), containsString("nobody.here"));
        assertEquals("true", teacher.getAttribute("aria-invalid"));
        WebElement error = describedBy.get(describedBy.size() - 1);
        assertEquals("polite", error.getAttribute("aria-live"));
        assertEquals(BROWSER.driver().findElements(By.cssSelector(".sandbox-wizard-form .field-group")).size(),
                BROWSER.driver().findElements(By.cssSelector(".sandbox-wizard-form .error[aria-live][id]")).size());
    }

    /** James, the observer, creates a Cycle Record for Ana through the wizard. */
    private static long cycleRecordForAna() {
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("James Carter").openCreateDialog()
                .chooseBlueprint("Post-conference Cycle Record").fill("teacher", ANA)
                .fill("observer", DemoSchool.PRINCIPAL).fill("observationDate", "2025-09-08")
                .fill("observationType", "full").fill("conferenceDate", "2025-09-10").submit(PageView::new);
        return Long.parseLong(BROWSER.driver().getCurrentUrl().replaceAll(".*[?&]pageId=(\\d+).*", "$1"));
    }

    private static AcknowledgementControl acknowledgementAs(String fullName, long pageId) {
        PageView.open(BROWSER, pageId).userSwitcher().switchTo(fullName);
        PageView.open(BROWSER, pageId);
        return new AcknowledgementControl(BROWSER.driver());
    }

    /** As the creation listener registers a coaching conversation of Ana's with the coach. */
    private static void registerConversation(long page) {
        SandboxPlugin plugin = BROWSER.sandbox().plugin();
        plugin.component(ConversationStore.class).register(new StoredConversation(page, DemoSchool.SPACE_KEY,
                ConversationType.COACHING_CONVERSATION, plugin.userKey(ANA),
                Optional.of(plugin.userKey(DemoSchool.COACH)), TODAY.minusDays(2), Optional.empty(),
                Optional.empty()));
    }

    /** The language the first element matching {@code selector} is in: its own or its nearest ancestor's lang. */
    private static String languageOf(String selector) {
        return String.valueOf(((JavascriptExecutor) BROWSER.driver()).executeScript("var element ="
                + " document.querySelector(arguments[0]); var inLanguage = element && element.closest('[lang]');"
                + " return inLanguage ? inLanguage.getAttribute('lang') : null;", selector));
    }

    private static void clickAndWaitForNextScreen(WebElement target) {
        WebElement current = BROWSER.driver().findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(current));
    }

    private static String macro(String name, String... nameValuePairs) {
        StringBuilder storage = new StringBuilder("<ac:structured-macro ac:name=\"" + name + "\">");
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            storage.append("<ac:parameter ac:name=\"").append(nameValuePairs[i]).append("\">")
                    .append(nameValuePairs[i + 1]).append("</ac:parameter>");
        }
        return storage.append("</ac:structured-macro>").toString();
    }
}
