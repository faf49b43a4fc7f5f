package org.coachingconversations.confluence.blueprint;

import static org.coachingconversations.testing.blueprint.WizardPage.field;
import static org.coachingconversations.testing.blueprint.WizardPage.INJECTION;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coachingconversations.domain.form.CycleRecordForm;
import org.coachingconversations.domain.form.FormField;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.testing.blueprint.WizardPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

public class CycleRecordWizardTemplateTest {

    private final WizardPage target = new WizardPage("Coaching.Blueprints.CycleRecord.wizardPage");

    @Test
    public void wizardPage_shouldAskForTheFieldsOfTheDomainForm_inItsOrder() {
        // When
        Document page = target.render(Map.of());

        // Then
        assertNotNull(page.selectFirst("form.aui"));
        assertEquals(new CycleRecordForm().fields().stream().map(FormField::wireName).toList(),
                page.select("form.aui div.field-group [name]").eachAttr("name"));
    }

    @Test
    public void wizardPage_shouldLimitEachTypedFieldAsTheServerDoes() {
        // When
        Document page = target.render(Map.of());

        // Then
        for (FormField field : new CycleRecordForm().fields()) {
            if (field != FormField.OBSERVATION_TYPE) {
                assertEquals(field.wireName(), String.valueOf(field.maxLength()),
                        field(page, field.wireName()).attr("maxlength"));
            }
        }
        assertEquals("date", field(page, "observationDate").attr("type"));
        assertEquals("date", field(page, "conferenceDate").attr("type"));
        assertTrue(field(page, "teacher").hasClass("autocomplete-multiuser"));
        assertTrue(field(page, "observer").hasClass("autocomplete-multiuser"));
    }

    @Test
    public void wizardPage_shouldOfferTheThreeObservationTypes_byTheIdsTheServerAccepts() {
        // When
        Document page = target.render(Map.of());

        // Then
        Element select = field(page, "observationType");
        List<String> ids = Arrays.stream(ObservationType.values()).map(ObservationType::id).toList();
        assertEquals(ids, select.select("option[value~=.+]").eachAttr("value"));
        assertEquals(List.of("Choose the observation type", "Full", "Focused", "Short"),
                select.select("option").eachText());
        assertTrue(select.select("option[selected]").isEmpty());
    }

    @Test
    public void wizardPage_shouldLabelEveryFieldAsRequired_withRoomForItsMessage() {
        // When
        Document page = target.render(Map.of());

        // Then
        assertEquals(List.of("Teacher", "Observer", "Observation date", "Observation type", "Post-conference date"),
                page.select("label").stream().map(label -> label.ownText().strip()).toList());
        for (Element group : page.select("div.field-group")) {
            Element input = group.selectFirst("[name]");
            assertEquals(input.id(), group.selectFirst("label").attr("for"));
            assertEquals(1, group.select("label .icon-required").size());
            assertEquals("", group.selectFirst("> div.error").text());
            assertTrue(!group.selectFirst("> div.description").text().isEmpty());
        }
    }

    @Test
    public void wizardPage_shouldShowTheValuesEnteredBefore_escaped() {
        // Given
        Map<String, Object> before = new HashMap<>();
        before.put("teacher", INJECTION);
        before.put("observer", "o'haddad & co");
        before.put("observationDate", "</form>" + INJECTION);
        before.put("observationType", "short");
        before.put("conferenceDate", "2026-03-05");

        // When
        String html = target.html(before);
        Document page = Jsoup.parse(html);

        // Then
        assertThat(html, not(containsString("<script>")));
        assertTrue(page.select("script").isEmpty());
        assertEquals(INJECTION, field(page, "teacher").val());
        assertEquals("o'haddad & co", field(page, "observer").val());
        assertEquals("</form>" + INJECTION, field(page, "observationDate").val());
        assertEquals(List.of("short"), field(page, "observationType").select("option[selected]").eachAttr("value"));
        assertEquals("2026-03-05", field(page, "conferenceDate").val());
    }
}
