package org.coachingconversations.confluence.blueprint;

import static org.coachingconversations.testing.blueprint.WizardPage.field;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.coachingconversations.domain.form.CoachingConversationForm;
import org.coachingconversations.domain.form.FormField;
import org.coachingconversations.domain.guide.EntryPoint;
import org.coachingconversations.testing.blueprint.WizardPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.Test;

public class CoachingConversationWizardTemplateTest {

    private static final String INJECTION = "\"><script>alert(1)</script>";
    /** The fields of the domain form, in its order: the wizard offers exactly these. */
    private static final List<FormField> FORM_FIELDS = new CoachingConversationForm().fields();

    private final WizardPage target = new WizardPage("Coaching.Blueprints.CoachingConversation.wizardPage");

    @Test
    public void wizardPage_shouldOfferTheContextProviderFieldsInAnAuiForm() {
        // When
        Document page = render(new WizardValues());

        // Then
        Element form = page.selectFirst("form.aui");
        assertNotNull("an AUI form", form);
        assertEquals(FORM_FIELDS.stream().map(FormField::wireName).toList(),
                form.select("div.field-group [name]").eachAttr("name"));
        assertEquals("text", field(page, "teacher").attr("type"));
        assertEquals("text", field(page, "coach").attr("type"));
        assertEquals("date", field(page, "conversationDate").attr("type"));
        assertEquals("select", field(page, "entryPoint").tagName());
        assertEquals("textarea", field(page, "focus").tagName());
        assertEquals("date", field(page, "nextConversationDate").attr("type"));
    }

    @Test
    public void wizardPage_shouldLimitEveryFieldAsTheServerDoes() {
        // When
        Document page = render(new WizardValues());

        // Then
        for (FormField formField : FORM_FIELDS) {
            if (formField == FormField.ENTRY_POINT) {
                continue;
            }
            assertEquals(formField.wireName(), String.valueOf(formField.maxLength()),
                    field(page, formField.wireName()).attr("maxlength"));
        }
        assertTrue(field(page, "teacher").hasClass("autocomplete-multiuser"));
        assertTrue(field(page, "coach").hasClass("autocomplete-multiuser"));
    }

    @Test
    public void wizardPage_shouldLabelEveryFieldAndGiveItAPlaceForValidationMessages() {
        // When
        Document page = render(new WizardValues());

        // Then
        assertEquals("Teacher", labelOf(page, "teacher"));
        assertEquals("Coach", labelOf(page, "coach"));
        assertEquals("Conversation date", labelOf(page, "conversationDate"));
        assertEquals("Entry point", labelOf(page, "entryPoint"));
        assertEquals("Focus", labelOf(page, "focus"));
        assertEquals("Next conversation date", labelOf(page, "nextConversationDate"));
        for (Element group : page.select("div.field-group")) {
            assertEquals("one empty error container in " + group, 1, group.select("> div.error").size());
            assertTrue(group.selectFirst("> div.error").text().isEmpty());
        }
        assertEquals("The teacher this conversation supports. Type a name and choose the person.",
                groupOf(page, "teacher").selectFirst("div.description").text());
        assertEquals("Where this conversation starts, in line with the teacher's needs and goals.",
                groupOf(page, "entryPoint").selectFirst("div.description").text());
    }

    @Test
    public void wizardPage_shouldMarkTheRequiredFields() {
        // When
        Document page = render(new WizardValues());

        // Then
        assertEquals(List.of("teacher", "coach", "conversationDate", "entryPoint"),
                page.select("div.field-group:has(label .icon-required)").stream()
                        .map(group -> group.selectFirst("[name]").attr("name")).collect(Collectors.toList()));
    }

    @Test
    public void wizardPage_shouldOfferTheFiveEntryPointsOfTheGuideInItsOrderAndWording() {
        // When
        Document page = render(new WizardValues());

        // Then
        Elements choices = field(page, "entryPoint").select("option:not([value=''])");
        assertEquals(Arrays.stream(EntryPoint.values()).map(EntryPoint::id).collect(Collectors.toList()),
                choices.eachAttr("value"));
        assertEquals(List.of(
                "Establish an area of focus for coaching support",
                "Guide the teacher in reflecting on their practice, goals, and growth throughout the year",
                "Analyze the deeper cause to a challenge to help create possible paths forward",
                "Foster reflection that anchors in successes and the impact on students",
                "Connect teacher actions to the impact on students"), choices.eachText());
        assertEquals("Choose an entry point", field(page, "entryPoint").selectFirst("option").text());
    }

    @Test
    public void wizardPage_shouldStartEmpty_whenNothingWasEnteredBefore() {
        // When
        Document page = render(new WizardValues());

        // Then
        assertEquals("", field(page, "teacher").val());
        assertEquals("", field(page, "coach").val());
        assertEquals("", field(page, "conversationDate").val());
        assertTrue(field(page, "entryPoint").select("option[selected]").isEmpty());
        assertEquals("", field(page, "focus").val());
        assertEquals("", field(page, "nextConversationDate").val());
    }

    @Test
    public void wizardPage_shouldShowTheValuesEnteredBefore_whenTheUserComesBackToThePage() {
        // Given
        WizardValues entered = new WizardValues().teacher("Maria Lopez").coach("Sam Lee")
                .conversationDate("2025-03-14").entryPoint(EntryPoint.ANALYZE_DEEPER_CAUSE.id())
                .focus("Checks for understanding in math").nextConversationDate("2025-03-28");

        // When
        Document page = render(entered);

        // Then
        assertEquals("Maria Lopez", field(page, "teacher").val());
        assertEquals("Sam Lee", field(page, "coach").val());
        assertEquals("2025-03-14", field(page, "conversationDate").val());
        assertEquals(List.of(EntryPoint.ANALYZE_DEEPER_CAUSE.id()),
                field(page, "entryPoint").select("option[selected]").eachAttr("value"));
        assertEquals("Checks for understanding in math", field(page, "focus").val());
        assertEquals("2025-03-28", field(page, "nextConversationDate").val());
    }

    @Test
    public void wizardPage_shouldEscapeEveryValueEnteredBefore() {
        // Given
        WizardValues entered = new WizardValues().teacher(INJECTION).coach(INJECTION).conversationDate(INJECTION)
                .entryPoint(INJECTION).focus("</textarea>" + INJECTION).nextConversationDate(INJECTION);

        // When
        String html = target.html(entered.asSoyData());
        Document page = Jsoup.parse(html);

        // Then
        assertTrue("no element was injected", page.select("script").isEmpty());
        assertThat(html, not(containsString("<script>")));
        assertEquals(INJECTION, field(page, "teacher").val());
        assertEquals(INJECTION, field(page, "coach").val());
        assertEquals(INJECTION, field(page, "conversationDate").val());
        assertEquals("</textarea>" + INJECTION, field(page, "focus").val());
        assertEquals(INJECTION, field(page, "nextConversationDate").val());
        assertTrue(field(page, "entryPoint").select("option[selected]").isEmpty());
        assertEquals(6, page.select("option").size());
    }

    @Test
    public void wizardPage_shouldSelectNothing_whenTheEntryPointEnteredBeforeIsUnknown() {
        // When
        Document page = render(new WizardValues().entryPoint("establish"));

        // Then
        assertFalse(field(page, "entryPoint").select("option").hasAttr("selected"));
    }

    private Document render(WizardValues values) {
        return target.render(values.asSoyData());
    }

    private static Element groupOf(Document page, String name) {
        return field(page, name).parent();
    }

    /** The label's own text, without the "required" marker inside it; it must point at the field. */
    private static String labelOf(Document page, String name) {
        Element field = field(page, name);
        Element label = page.selectFirst("label[for=" + field.id() + "]");
        assertNotNull("label for " + name, label);
        assertEquals(groupOf(page, name), label.parent());
        return label.ownText();
    }

    /** What the wizard's JavaScript passes back in when the user returns to the page; unset values are absent. */
    private static final class WizardValues {
        private final Map<String, String> values = new HashMap<>();

        WizardValues teacher(String teacher) {
            values.put("teacher", teacher);
            return this;
        }

        WizardValues coach(String coach) {
            values.put("coach", coach);
            return this;
        }

        WizardValues conversationDate(String conversationDate) {
            values.put("conversationDate", conversationDate);
            return this;
        }

        WizardValues entryPoint(String entryPoint) {
            values.put("entryPoint", entryPoint);
            return this;
        }

        WizardValues focus(String focus) {
            values.put("focus", focus);
            return this;
        }

        WizardValues nextConversationDate(String nextConversationDate) {
            values.put("nextConversationDate", nextConversationDate);
            return this;
        }

        Map<String, String> asSoyData() {
            return Map.copyOf(values);
        }
    }
}
