package org.coachingconversations.domain.quality;

import org.coachingconversations.domain.guide.ConversationQuality;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a dashboard shows of the self-checks of a set of conversations (e.g. one space): per quality,
 * how many conversations had it, and the share that "lead to action". Counts only; no notes.
 */
public final class QualitySummary {

    private final int conversationCount;
    private final Map<ConversationQuality, QualityTally> tallies;

    private QualitySummary(int conversationCount, Map<ConversationQuality, QualityTally> tallies) {
        this.conversationCount = conversationCount;
        this.tallies = tallies;
    }

    /**
     * @throws IllegalArgumentException when two self-checks belong to the same conversation, which would
     *                                  count that conversation twice
     */
    public static QualitySummary of(Iterable<QualitySelfCheck> checks) {
        Set<Long> conversations = new HashSet<>();
        Map<ConversationQuality, Integer> presentCounts = new EnumMap<>(ConversationQuality.class);
        for (QualitySelfCheck check : checks) {
            if (!conversations.add(check.conversationId())) {
                throw new IllegalArgumentException("Conversation " + check.conversationId()
                        + " has more than one self-check; a summary counts each conversation once");
            }
            check.presentQualities().forEach(quality -> presentCounts.merge(quality, 1, Integer::sum));
        }
        int total = conversations.size();
        Map<ConversationQuality, QualityTally> tallies = new EnumMap<>(ConversationQuality.class);
        for (ConversationQuality quality : ConversationQuality.values()) {
            tallies.put(quality, new QualityTally(quality, presentCounts.getOrDefault(quality, 0), total));
        }
        return new QualitySummary(total, tallies);
    }

    public int conversationCount() {
        return conversationCount;
    }

    /** All seven tallies in the seed's order, including qualities no conversation had. */
    public List<QualityTally> tallies() {
        return List.copyOf(tallies.values());
    }

    public QualityTally tally(ConversationQuality quality) {
        return tallies.get(quality);
    }

    /** The conversations checked as leading to action. */
    public QualityTally leadToAction() {
        return tally(ConversationQuality.LEAD_TO_ACTION);
    }
}
