package org.coachingconversations.confluence.blueprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.coachingconversations.testing.blueprint.WizardPage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

/**
 * Every field of the four wizards is described by its hint and by the place its message is written into, and that
 * place is a polite live region, so a screen reader announces a refusal and reads it again with the field.
 */
public class WizardErrorAnnouncementTest {

    private static final List<String> WIZARDS = List.of("Coaching.Blueprints.SpsReflection.wizardPage",
            "Coaching.Blueprints.CycleRecord.wizardPage", "Coaching.Blueprints.VideoCoachingCycle.wizardPage",
            "Coaching.Blueprints.CoachingConversation.wizardPage");

    @Test
    public void everyWizardField_shouldBeDescribedByItsHintAndItsLiveErrorRegion() {
        for (String wizard : WIZARDS) {
            // Given
            WizardPage target = new WizardPage(wizard);

            // When
            Document page = target.render(Map.of());

            // Then
            List<Element> groups = page.select("form.aui div.field-group");
            assertFalse(wizard, groups.isEmpty());
            for (Element group : groups) {
                Element field = group.selectFirst("input[name], select[name], textarea[name]");
                String name = wizard + " " + field.attr("name");
                List<Element> described = Arrays.stream(field.attr("aria-describedby").split(" "))
                        .map(page::getElementById).toList();
                assertEquals(name, 2, described.size());
                assertNotNull(name + " names a hint that is not there", described.get(0));
                assertNotNull(name + " names an error that is not there", described.get(1));
                assertEquals(name, group.selectFirst(".description"), described.get(0));
                assertEquals(name, group.selectFirst(".error"), described.get(1));
                assertEquals(name, "polite", described.get(1).attr("aria-live"));
            }
        }
    }
}
