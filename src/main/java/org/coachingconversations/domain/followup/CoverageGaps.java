package org.coachingconversations.domain.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The coverage-gaps section, built while a space's roster is walked: a teacher whose latest conversation is older
 * than {@code coverageWeeks} weeks, or who never had one, is a gap. Only the gaps that have waited longest are kept
 * (never met first, then oldest), so memory stays at {@code itemsPerSection} however long the roster is.
 */
public final class CoverageGaps {

    private static final Comparator<CoverageGap> MOST_URGENT_FIRST = Comparator
            .comparing((CoverageGap gap) -> gap.lastConversationOn().orElse(LocalDate.MIN))
            .thenComparing(CoverageGap::teacherKey);

    private final LocalDate coveredSince;
    private final int itemsPerSection;
    private final PriorityQueue<CoverageGap> leastUrgentOnTop = new PriorityQueue<>(MOST_URGENT_FIRST.reversed());
    private long total;

    public CoverageGaps(LocalDate today, SummaryOptions options) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(options, "options");
        this.coveredSince = today.minusWeeks(options.coverageWeeks());
        this.itemsPerSection = options.itemsPerSection();
    }

    /** @param lastConversationOn the teacher's latest conversation up to today; empty when there was none */
    public void consider(String teacherKey, Optional<LocalDate> lastConversationOn) {
        if (lastConversationOn.filter(date -> !date.isBefore(coveredSince)).isPresent()) {
            return;
        }
        total++;
        leastUrgentOnTop.add(new CoverageGap(teacherKey, lastConversationOn));
        if (leastUrgentOnTop.size() > itemsPerSection) {
            leastUrgentOnTop.poll();
        }
    }

    /** The gaps kept, most urgent first, and how many teachers were gaps in all. */
    public SummarySection<CoverageGap> section() {
        List<CoverageGap> listed = new ArrayList<>(leastUrgentOnTop);
        listed.sort(MOST_URGENT_FIRST);
        return new SummarySection<>(listed, total, 0);
    }
}
