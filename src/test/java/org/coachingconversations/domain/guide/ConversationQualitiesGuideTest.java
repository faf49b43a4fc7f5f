package org.coachingconversations.domain.guide;

import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class ConversationQualitiesGuideTest {

    @Test
    public void select_shouldReturnAllSevenInSeedOrder_whenNothingIsRequested() {
        // When
        Optional<List<ConversationQuality>> all = ConversationQualitiesGuide.select("  ");

        // Then
        assertEquals(7, all.orElseThrow().size());
        assertEquals(ConversationQuality.SUBSTANTIVE, all.get().get(0));
        assertEquals(ConversationQuality.LEAD_TO_ACTION, all.get().get(6));
    }

    @Test
    public void select_shouldReturnTheOneQuality_whenItsIdIsGivenInAnyCase() {
        assertEquals(List.of(ConversationQuality.NON_DEFENSIVE),
                ConversationQualitiesGuide.select(" Non-Defensive ").orElseThrow());
    }

    @Test
    public void select_shouldReturnNothing_whenTheIdNamesNoQuality() {
        assertTrue(ConversationQualitiesGuide.select("kindness").isEmpty());
    }

    @Test
    public void quality_shouldUseStableIdsAndKeys() {
        assertEquals("each-other-as-people", ConversationQuality.EACH_OTHER_AS_PEOPLE.id());
        assertEquals("coaching.guide.qualities.each-other-as-people.explanation",
                ConversationQuality.EACH_OTHER_AS_PEOPLE.explanationKey());
    }
}
