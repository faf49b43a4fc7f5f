package org.coachingconversations.confluence.blueprint;

import static org.coachingconversations.testing.blueprint.WizardPage.field;
import static org.coachingconversations.testing.blueprint.WizardPage.INJECTION;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coachingconversations.domain.form.FormField;
import org.coachingconversations.domain.form.SpsReflectionForm;
import org.coachingconversations.testing.blueprint.WizardPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

public class SpsReflectionWizardTemplateTest {

    private final WizardPage target = new WizardPage("Coaching.Blueprints.SpsReflection.wizardPage");

    @Test
    public void wizardPage_shouldAskForTheFieldsOfTheDomainForm_inItsOrder() {
        // When
        Document page = target.render(Map.of());

        // Then
        assertNotNull(page.selectFirst("form.aui"));
        assertEquals(new SpsReflectionForm().fields().stream().map(FormField::wireName).toList(),
                page.select("form.aui div.field-group [name]").eachAttr("name"));
    }

    @Test
    public void wizardPage_shouldLimitEachFieldAsTheServerDoes() {
        // When
        Document page = target.render(Map.of());

        // Then
        for (FormField field : new SpsReflectionForm().fields()) {
            assertEquals(field.wireName(), String.valueOf(field.maxLength()), field(page, field.wireName()).attr("maxlength"));
        }
    }

    @Test
    public void wizardPage_shouldMarkTheTeacherForTheCreateDialogsUserPicker_andNoOtherField() {
        // When
        Document page = target.render(Map.of());

        // Then the create dialog binds Confluence's user picker to inputs of this class
        assertEquals(List.of("teacher"), page.select("input.autocomplete-multiuser").eachAttr("name"));
    }

    @Test
    public void wizardPage_shouldLabelEveryFieldAsRequired_withRoomForItsMessage() {
        // When
        Document page = target.render(Map.of());

        // Then
        assertEquals(List.of("Teacher", "Survey period", "School", "District"), page.select("label").stream()
                .map(label -> label.ownText().strip()).toList());
        for (Element group : page.select("div.field-group")) {
            Element input = group.selectFirst("[name]");
            assertEquals(input.id(), group.selectFirst("label").attr("for"));
            assertEquals(1, group.select("label .icon-required").size());
            assertEquals("", group.selectFirst("> div.error").text());
            assertTrue(!group.selectFirst("> div.description").text().isEmpty());
        }
        assertEquals("The survey the results come from, for example Spring 2026.",
                field(page, "surveyPeriod").parent().selectFirst("div.description").text());
    }

    @Test
    public void wizardPage_shouldShowTheValuesEnteredBefore_escaped() {
        // Given
        Map<String, Object> before = new HashMap<>();
        before.put("teacher", "tmorales");
        before.put("surveyPeriod", INJECTION);
        before.put("school", "Lincoln & Sons");
        before.put("district", "</form>" + INJECTION);

        // When
        String html = target.html(before);
        Document page = Jsoup.parse(html);

        // Then
        assertThat(html, not(containsString("<script>")));
        assertTrue(page.select("script").isEmpty());
        assertEquals("tmorales", field(page, "teacher").val());
        assertEquals(INJECTION, field(page, "surveyPeriod").val());
        assertEquals("Lincoln & Sons", field(page, "school").val());
        assertEquals("</form>" + INJECTION, field(page, "district").val());
    }
}
