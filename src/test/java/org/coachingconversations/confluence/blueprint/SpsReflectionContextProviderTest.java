package org.coachingconversations.confluence.blueprint;

import static org.coachingconversations.testing.blueprint.ContentTemplates.AC;
import static org.coachingconversations.testing.blueprint.ContentTemplates.RI;
import static org.coachingconversations.testing.blueprint.ContentTemplates.elements;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.I18N;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.TEMPLATE_RENDERER_HELPER;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.TERESA;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.HOSTILE;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.page;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.storage;
import static org.coachingconversations.testing.blueprint.StoragePages.macrosUnder;
import static org.coachingconversations.testing.blueprint.StoragePages.rows;
import static org.coachingconversations.testing.blueprint.StoragePages.table;
import static org.coachingconversations.testing.blueprint.StoragePages.texts;
import org.coachingconversations.testing.blueprint.ContextProviderFixture;
import org.coachingconversations.testing.blueprint.WizardFields;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.guide.SpsGuide;
import org.coachingconversations.testing.blueprint.ContentTemplates;
import org.coachingconversations.testing.blueprint.RecordingBlueprintContext;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

public class SpsReflectionContextProviderTest {

    private static final Path TEMPLATE = Path.of("src/main/resources/blueprint/sps-reflection/content.xml");

    private final ContextProviderFixture fixture = new ContextProviderFixture(Map.of("tmorales", TERESA));

    private final SpsReflectionContextProvider target = new SpsReflectionContextProvider(I18N, fixture.pageTitles(), fixture.directory(),
            TEMPLATE_RENDERER_HELPER);



    @Test
    public void page_shouldShowTheDetailsWithTheTeacherMentioned() {
        // When
        Document page = fill(new SpsWizard().context());

        // Then
        List<String> details = rows(table(page, 0));
        assertEquals(List.of("Teacher", "Survey period: Spring 2026", "School: Lincoln Middle School",
                "District: Denver Public Schools"), details);
        Element teacherCell = (Element) page.getElementsByTagName("td").item(0);
        assertEquals(TERESA.userKey(), ((Element) teacherCell.getElementsByTagNameNS(RI, "user").item(0))
                .getAttributeNS(RI, "userkey"));
    }

    @Test
    public void page_shouldHoldTheSeedSectionsInOrder_withEveryQuestionOfTheGuide() {
        // When
        Document page = fill(new SpsWizard().context());

        // Then
        assertEquals(List.of("Initial reflective conversation", "SPS results", "Dig into the data",
                "Draw conclusions and create next steps", "Action steps"), texts(page, "h2"));
        String text = page.getDocumentElement().getTextContent();
        GuideCatalogue catalogue = new GuideCatalogue();
        for (String section : List.of(SpsGuide.INITIAL_REFLECTION, SpsGuide.DIG_INTO_DATA, SpsGuide.CONCLUSIONS)) {
            catalogue.section(section).orElseThrow().texts().stream()
                    .filter(guideText -> !guideText.key().endsWith(".title"))
                    .forEach(guideText -> assertThat(text, containsString(I18N.getText(guideText.key()))));
        }
        assertThat(text, containsString("What are you still wondering about?"));
        assertThat(text, containsString("Which item(s) have the most \u201cnever\u201d responses?"));
        assertEquals(27, texts(page, "strong").size());
        assertThat(text, containsString(I18N.getText("coaching.guide.sps.introduction")));
    }

    @Test
    public void page_shouldShowTheResultsOfTheAttachedExportLive_withAnInstructionToAttachIt() {
        // When
        Document page = fill(new SpsWizard().context());

        // Then
        assertEquals(List.of("note", "coaching-sps-results"), macrosUnder(page, "SPS results"));
        List<Element> macros = elements(page, AC, "structured-macro");
        assertEquals(List.of("info", "note", "coaching-sps-results", "coaching-action-steps"),
                macros.stream().map(m -> m.getAttributeNS(AC, "name")).toList());
        assertThat(macros.get(1).getTextContent(), containsString("Attach the SPS export of these results to this page"));
        assertEquals("the SPS results macro reads the newest .csv attachment: no parameter", 0,
                macros.get(2).getElementsByTagNameNS(AC, "parameter").getLength());
    }

    @Test
    public void page_shouldEndWithTheTeachersActionStepsLive_notAStaticTable() {
        // When
        Document page = fill(new SpsWizard().context());

        // Then
        assertEquals(List.of("coaching-action-steps role=teacher"), macrosUnder(page, "Action steps"));
        assertEquals("the details table only", 1, page.getElementsByTagName("table").getLength());
        assertTrue(elements(page, AC, "task").isEmpty());
        assertEquals("the teacher in the details only", 1, elements(page, RI, "user").size());
    }

    @Test
    public void page_shouldShowTypedMarkupAsText_whenTheWizardFieldsHoldStorageFormat() {
        // Given
        RecordingBlueprintContext context = new SpsWizard().surveyPeriod("Spring <b>2026</b> ]]>")
                .school(HOSTILE).district("<script>alert(2)</script>").context();

        // When
        target.updateBlueprintContext(context);
        String storage = storage(TEMPLATE, context);
        Document page = ContentTemplates.parse(storage);

        // Then
        assertEquals(List.of("info", "note", "coaching-sps-results", "coaching-action-steps"),
                elements(page, AC, "structured-macro").stream()
                .map(m -> m.getAttributeNS(AC, "name")).toList());
        assertTrue(elements(page, AC, "plain-text-body").isEmpty());
        assertEquals(0, page.getElementsByTagName("script").getLength());
        assertEquals(0, page.getElementsByTagName("b").getLength());
        List<String> details = rows(table(page, 0));
        assertEquals("Survey period: Spring <b>2026</b> ]]>", details.get(1));
        assertEquals("School: " + HOSTILE, details.get(2));
        assertEquals("District: <script>alert(2)</script>", details.get(3));
        assertThat(context.title(), containsString("Spring <b>2026</b> ]]>"));
    }

    @Test
    public void updateBlueprintContext_shouldRefuseWithFieldMessages_andAddNothing_whenTheInputIsInvalid() {
        // Given
        RecordingBlueprintContext context = new SpsWizard().surveyPeriod("  ").school("S".repeat(201))
                .district("Denver\nPublic Schools").context();
        Map<String, Object> before = new LinkedHashMap<>(context.getMap());

        // When
        WizardInputRejectedException refusal = refusal(context);

        // Then
        assertEquals(List.of("surveyPeriod", "school", "district"), List.copyOf(refusal.messagesByField().keySet()));
        assertEquals(List.of("Survey period is required."), refusal.messagesByField().get("surveyPeriod"));
        assertEquals(List.of("School is too long: 201 characters, where at most 200 are allowed."),
                refusal.messagesByField().get("school"));
        assertEquals(List.of("District must fit on one line: remove the line break at character 7."),
                refusal.messagesByField().get("district"));
        assertThat(refusal.getMessage(), containsString("The page was not created because the wizard's input is not valid:"));
        assertThat(refusal.getMessage(), containsString("Survey period is required."));
        assertNull(context.title());
        assertEquals(before, context.getMap());
    }



    @Test
    public void updateBlueprintContext_shouldTellListenersTheTypeAndTheTeacher() {
        // Given
        RecordingBlueprintContext context = new SpsWizard().context();

        // When
        target.updateBlueprintContext(context);

        // Then
        assertEquals("sps-reflection", context.get(SpsReflectionContextProvider.CONVERSATION_TYPE_KEY));
        assertEquals(TERESA.userKey(), context.get(SpsReflectionContextProvider.TEACHER_USER_KEY));
        assertEquals("tmorales", context.get("teacher"));
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

    /** What the wizard submits: valid by default. */
    static final class SpsWizard extends WizardFields<SpsWizard> {
        SpsWizard() {
            super(Map.of(
                    "teacher", "tmorales",
                    "surveyPeriod", "Spring 2026",
                    "school", "Lincoln Middle School",
                    "district", "Denver Public Schools"));
        }

        SpsWizard teacher(String value) {
            return with("teacher", value);
        }

        SpsWizard surveyPeriod(String value) {
            return with("surveyPeriod", value);
        }

        SpsWizard school(String value) {
            return with("school", value);
        }

        SpsWizard district(String value) {
            return with("district", value);
        }
    }
}
