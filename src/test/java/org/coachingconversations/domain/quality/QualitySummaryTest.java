package org.coachingconversations.domain.quality;

import org.coachingconversations.domain.guide.ConversationQuality;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import static org.coachingconversations.domain.guide.ConversationQuality.LEAD_TO_ACTION;
import static org.coachingconversations.domain.guide.ConversationQuality.NON_DEFENSIVE;
import static org.coachingconversations.domain.guide.ConversationQuality.PROFESSIONAL_KNOWLEDGE;
import static org.coachingconversations.domain.guide.ConversationQuality.SUBSTANTIVE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class QualitySummaryTest {

    private QualitySummary target;

    @Test
    public void of_shouldCountPerQualityTheConversationsThatHadIt() {
        // Given
        List<QualitySelfCheck> checks = List.of(
                check(1, SUBSTANTIVE, LEAD_TO_ACTION),
                check(2, SUBSTANTIVE, NON_DEFENSIVE),
                check(3, SUBSTANTIVE, LEAD_TO_ACTION, NON_DEFENSIVE));

        // When
        target = QualitySummary.of(checks);

        // Then
        assertEquals(3, target.conversationCount());
        assertEquals(new QualityTally(SUBSTANTIVE, 3, 3), target.tally(SUBSTANTIVE));
        assertEquals(new QualityTally(NON_DEFENSIVE, 2, 3), target.tally(NON_DEFENSIVE));
        assertEquals(new QualityTally(PROFESSIONAL_KNOWLEDGE, 0, 3), target.tally(PROFESSIONAL_KNOWLEDGE));
    }

    @Test
    public void tallies_shouldListAllSevenQualitiesInSeedOrder_whenSomeWereNeverChecked() {
        // When
        target = QualitySummary.of(List.of(check(1, LEAD_TO_ACTION)));

        // Then
        assertEquals(List.of(ConversationQuality.values()),
                target.tallies().stream().map(QualityTally::quality).toList());
    }

    @Test
    public void leadToAction_shouldGiveTheShareOfConversationsThatLedToAction() {
        // Given
        List<QualitySelfCheck> checks = List.of(
                check(1, LEAD_TO_ACTION), check(2, SUBSTANTIVE), check(3, LEAD_TO_ACTION));

        // When
        target = QualitySummary.of(checks);

        // Then
        assertEquals(2, target.leadToAction().presentCount());
        assertEquals(2.0 / 3, target.leadToAction().share().orElseThrow(), 1e-9);
        assertEquals(OptionalInt.of(67), target.leadToAction().percent());
    }

    @Test
    public void percent_shouldRoundHalfUp() {
        // Given: 1 of 8 is 12.5 %
        List<QualitySelfCheck> checks = new ArrayList<>();
        checks.add(check(1, LEAD_TO_ACTION));
        for (long id = 2; id <= 8; id++) {
            checks.add(check(id));
        }

        // When
        target = QualitySummary.of(checks);

        // Then
        assertEquals(OptionalInt.of(13), target.leadToAction().percent());
    }

    @Test
    public void of_shouldShowNoShare_whenNoConversationWasChecked() {
        // When
        target = QualitySummary.of(List.of());

        // Then
        assertEquals(0, target.conversationCount());
        assertEquals(OptionalDouble.empty(), target.leadToAction().share());
        assertEquals(OptionalInt.empty(), target.leadToAction().percent());
    }

    @Test
    public void of_shouldRefuse_whenAConversationHasTwoSelfChecks() {
        // Given
        List<QualitySelfCheck> checks = List.of(check(7, SUBSTANTIVE), check(7, LEAD_TO_ACTION));

        // When
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> QualitySummary.of(checks));

        // Then
        assertEquals("Conversation 7 has more than one self-check; a summary counts each conversation once",
                error.getMessage());
    }

    private static QualitySelfCheck check(long conversationId, ConversationQuality... present) {
        return QualitySelfCheck.forConversation(conversationId).present(present).build();
    }
}
