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
import org.coachingconversations.domain.form.VideoCoachingCycleForm;
import org.coachingconversations.testing.blueprint.WizardPage;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

public class VideoCoachingCycleWizardTemplateTest {

    private static final List<String> REQUIRED = List.of("teacher", "coach", "meetingDate", "meetingTime", "focus");

    private final WizardPage target = new WizardPage("Coaching.Blueprints.VideoCoachingCycle.wizardPage");

    @Test
    public void wizardPage_shouldAskForTheFieldsOfTheDomainForm_inItsOrder() {
        // When
        Document page = target.render(Map.of());

        // Then
        assertNotNull(page.selectFirst("form.aui"));
        assertEquals(new VideoCoachingCycleForm().fields().stream().map(FormField::wireName).toList(),
                page.select("form.aui div.field-group [name]").eachAttr("name"));
    }

    @Test
    public void wizardPage_shouldLimitEachFieldAsTheServerDoes() {
        // When
        Document page = target.render(Map.of());

        // Then
        for (FormField field : new VideoCoachingCycleForm().fields()) {
            assertEquals(field.wireName(), String.valueOf(field.maxLength()), field(page, field.wireName()).attr("maxlength"));
        }
    }

    @Test
    public void wizardPage_shouldLabelEveryFieldFromTheFormBundle_markingTheRequiredOnes_withRoomForItsMessage() {
        // Given
        BundleI18nResolver i18n = BundleI18nResolver.fromDescriptor();

        // When
        Document page = target.render(Map.of());

        // Then
        assertEquals(new VideoCoachingCycleForm().fields().stream().map(field -> i18n.getText(field.labelKey())).toList(),
                page.select("label").stream().map(label -> label.ownText().strip()).toList());
        for (Element group : page.select("div.field-group")) {
            Element input = group.selectFirst("[name]");
            assertEquals(input.id(), group.selectFirst("label").attr("for"));
            assertEquals(input.attr("name"), REQUIRED.contains(input.attr("name")) ? 1 : 0,
                    group.select("label .icon-required").size());
            assertEquals("", group.selectFirst("> div.error").text());
            assertTrue(!group.selectFirst("> div.description").text().isEmpty());
        }
    }

    @Test
    public void wizardPage_shouldOfferUserPickersDateAndTimeInputsAndRoomForTheLongerTexts() {
        // When
        Document page = target.render(Map.of());

        // Then
        assertTrue(field(page, "teacher").hasClass("autocomplete-multiuser"));
        assertTrue(field(page, "coach").hasClass("autocomplete-multiuser"));
        assertEquals("date", field(page, "meetingDate").attr("type"));
        assertEquals("time", field(page, "meetingTime").attr("type"));
        assertEquals("date", field(page, "nextConversationDate").attr("type"));
        assertEquals(List.of("focus", "clip1Reason", "clip2Reason"), page.select("textarea").eachAttr("name"));
        assertEquals("Where the first teaching clip starts and ends in the lesson video, mm:ss-mm:ss, for example 03:15-08:40.",
                field(page, "clip1").parent().selectFirst("div.description").text());
    }

    @Test
    public void wizardPage_shouldShowTheValuesEnteredBefore_escaped() {
        // Given
        Map<String, Object> before = new HashMap<>();
        before.put("teacher", "tmorales");
        before.put("focus", "</textarea>" + INJECTION);
        before.put("clip1", "03:15-08:40");
        before.put("stockClip", INJECTION);
        before.put("rubricCodes", "MQI-2a & MQI-3b");

        // When
        String html = target.html(before);
        Document page = Jsoup.parse(html);

        // Then
        assertThat(html, not(containsString("<script>")));
        assertTrue(page.select("script").isEmpty());
        assertEquals("tmorales", field(page, "teacher").val());
        assertEquals("</textarea>" + INJECTION, field(page, "focus").val());
        assertEquals("03:15-08:40", field(page, "clip1").val());
        assertEquals(INJECTION, field(page, "stockClip").val());
        assertEquals("MQI-2a & MQI-3b", field(page, "rubricCodes").val());
        assertEquals("", field(page, "coach").val());
    }
}
