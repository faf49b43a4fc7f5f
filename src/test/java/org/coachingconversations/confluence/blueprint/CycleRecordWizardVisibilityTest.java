package org.coachingconversations.confluence.blueprint;

import static org.junit.Assert.assertEquals;

import java.util.Map;

import org.coachingconversations.testing.blueprint.WizardPage;
import org.jsoup.nodes.Document;
import org.junit.Test;

/** Before creating a Cycle Record, its wizard says who will be able to view it. */
public class CycleRecordWizardVisibilityTest {

    private final WizardPage target = new WizardPage("Coaching.Blueprints.CycleRecord.wizardPage");

    @Test
    public void wizardPage_shouldSayWhoWillBeAbleToViewTheRecord_insideTheForm() {
        // When
        Document page = target.render(Map.of());

        // Then
        assertEquals("Only the teacher, the observer and the space's leaders group will be able to view this record."
                        + " If you are none of them, you will not be able to open it once it is created.",
                page.selectFirst("form.coaching-cycle-record-wizard .coaching-cycle-record-visibility").text());
    }
}
