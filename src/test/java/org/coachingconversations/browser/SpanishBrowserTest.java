package org.coachingconversations.browser;

import org.coachingconversations.browser.pages.ActionStepsList;
import org.coachingconversations.browser.pages.CreateDialog;
import org.coachingconversations.browser.pages.EditorPage;
import org.coachingconversations.browser.pages.FollowUpDashboardScreen;
import org.coachingconversations.browser.pages.LanguageSwitcher;
import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.browser.pages.WizardPage;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.plugin.SandboxPlugin;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The app for a user whose language is Spanish: a wizard with its error, the page it creates, the dashboard, and dates
 * written the Spanish way.
 */
public class SpanishBrowserTest {

    private static final String SPS = "Reflexi\u00f3n SPS";

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @Test
    public void spsWizardAndDashboard_shouldBeInSpanish_whenTheUserChoseSpanish() {
        // Given the coach reads the app in Spanish
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY);
        CreateDialog dialog = new LanguageSwitcher(BROWSER.driver()).switchTo("Espa\u00f1ol").openCreateDialog();
        assertThat(dialog.choices(), hasItems(SPS, "Registro del ciclo de la posconferencia",
                "Ciclo de coaching con video", "Conversaci\u00f3n de coaching"));

        // When the wizard refuses a teacher who is no user, and a second run creates the page
        WizardPage wizard = dialog.chooseBlueprint(SPS);
        wizard.fill("teacher", "nobody.here").fill("surveyPeriod", "Primavera 2026")
                .fill("school", "Lincoln Elementary").fill("district", "Denver Public Schools");
        WizardPage refused = wizard.submitExpectingRefusal();
        String error = refused.errorBox();
        String teacherError = refused.errorFor("teacher");
        BROWSER.screenshot("sps-wizard-es");
        PageView page = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).openCreateDialog().chooseBlueprint(SPS)
                .fill("teacher", "ana.ruiz").fill("surveyPeriod", "Primavera 2026")
                .fill("school", "Lincoln Elementary").fill("district", "Denver Public Schools")
                .submit(EditorPage::new).publish();
        List<String> headings = page.headings();
        FollowUpDashboardScreen dashboard = FollowUpDashboardScreen.openSpacePage(BROWSER, DemoSchool.SPACE_KEY);

        // Then
        assertThat(error, containsString("La p\u00e1gina no se cre\u00f3 porque los datos del asistente no son v\u00e1lidos"));
        assertThat(teacherError, containsString("nobody.here"));
        assertThat(headings, hasItems("Conversaci\u00f3n de reflexi\u00f3n inicial",
                "Analizar los datos a fondo", "Sacar conclusiones y definir pr\u00f3ximos pasos",
                "Resultados de la SPS", "Pasos de acci\u00f3n"));
        assertEquals("Pasos de acci\u00f3n vencidos", dashboard.title("overdue"));
        // (the chart's text alternative writes its weeks the Spanish way: "desde la semana del 1 dic 2026")
        String chart = dashboard.chartDescription();
        assertTrue(chart, Pattern.compile("semana del \\d{1,2} [a-z]{3,4} \\d{4}:").matcher(chart).find());
        BROWSER.screenshot("follow-up-dashboard-es");
    }

    @Test
    public void actionStep_shouldShowItsDueDateInSpanish_whileTheEditorKeepsIso() {
        // Given a coaching conversation with a step due 14 March 2031, and the coach reading Spanish
        long page = BROWSER.sandbox().store().createPage(DemoSchool.SPACE_KEY, BROWSER.pageId(DemoSchool.SPACE_NAME),
                "Ana Ruiz \u2014 pasos en espa\u00f1ol", "<p>Pasos:</p><ac:structured-macro"
                        + " ac:name=\"coaching-action-steps\" ac:schema-version=\"1\"></ac:structured-macro>",
                DemoSchool.COACH);
        SandboxPlugin plugin = BROWSER.sandbox().plugin();
        plugin.component(ConversationStore.class).register(new StoredConversation(page, DemoSchool.SPACE_KEY,
                ConversationType.COACHING_CONVERSATION, plugin.userKey("ana.ruiz"),
                Optional.of(plugin.userKey(DemoSchool.COACH)), LocalDate.of(2025, 9, 15), Optional.empty(),
                Optional.empty()));
        plugin.component(ActionStepStore.class).addToPage(page, List.of(ActionStep.open(page, DemoSchool.SPACE_KEY,
                plugin.userKey("ana.ruiz"), ParticipantRole.TEACHER, "Usar tarjetas de salida",
                LocalDate.of(2031, 3, 14))));
        PageView.open(BROWSER, page);
        new LanguageSwitcher(BROWSER.driver()).switchTo("Espa\u00f1ol");

        // When the coach reschedules it in place
        ActionStepsList steps = PageView.open(BROWSER, page).actionStepsList("page");
        String shown = steps.row("Usar tarjetas de salida").due();
        ActionStepsList.Editor editor = steps.row("Usar tarjetas de salida").edit("Editar");
        String typed = editor.value("dueOn");
        ActionStepsList.Row rescheduled = editor.date("2031-04-04").save();

        // Then the page writes the dates the Spanish way; the field holds the ISO date
        assertEquals("14 mar 2031", shown);
        assertEquals("2031-03-14", typed);
        assertEquals("4 abr 2031", rescheduled.due());
    }
}
