package org.coachingconversations.domain.followup;

import org.coachingconversations.domain.actionstep.ActionStepDeadlines;
import org.coachingconversations.domain.settings.SpaceSettings;

/**
 * How a follow-up summary is computed for a space.
 *
 * @param dueSoonDays steps due from today to today plus this many days are "due soon"
 * @param coverageWeeks a teacher with no conversation in this many weeks is a coverage gap
 * @param itemsPerSection the most detailed items a section lists
 * @param maxPagesPerSection how many pages a section reads looking for items the viewer may see
 */
public record SummaryOptions(int dueSoonDays, int coverageWeeks, int itemsPerSection, int maxPagesPerSection) {

    public static final int DEFAULT_ITEMS_PER_SECTION = 10;
    public static final int MAX_ITEMS_PER_SECTION = 100;
    public static final int DEFAULT_MAX_PAGES_PER_SECTION = 3;
    public static final int MAX_PAGES_PER_SECTION = 10;

    public SummaryOptions {
        ActionStepDeadlines.validDueSoonDays(dueSoonDays);
        if (coverageWeeks < 1 || coverageWeeks > SpaceSettings.MAX_COVERAGE_WEEKS) {
            throw new IllegalArgumentException("Coverage gap: " + coverageWeeks + " weeks is out of range; use 1 to "
                    + SpaceSettings.MAX_COVERAGE_WEEKS + " weeks.");
        }
        if (itemsPerSection < 1 || itemsPerSection > MAX_ITEMS_PER_SECTION) {
            throw new IllegalArgumentException("Follow-up summary: " + itemsPerSection
                    + " items per section is out of range; use 1 to " + MAX_ITEMS_PER_SECTION + ".");
        }
        if (maxPagesPerSection < 1 || maxPagesPerSection > MAX_PAGES_PER_SECTION) {
            throw new IllegalArgumentException("Follow-up summary: " + maxPagesPerSection
                    + " pages per section is out of range; use 1 to " + MAX_PAGES_PER_SECTION + ".");
        }
    }

    public static SummaryOptions defaults() {
        return new SummaryOptions(ActionStepDeadlines.DEFAULT_DUE_SOON_DAYS, SpaceSettings.DEFAULT_COVERAGE_WEEKS,
                DEFAULT_ITEMS_PER_SECTION, DEFAULT_MAX_PAGES_PER_SECTION);
    }

    /** The dashboard options a space's settings decide; list sizes keep their defaults. */
    public static SummaryOptions of(SpaceSettings settings) {
        return defaults().withDueSoonDays(settings.dueSoonDays()).withCoverageWeeks(settings.coverageWeeks());
    }

    public SummaryOptions withDueSoonDays(int days) {
        return new SummaryOptions(days, coverageWeeks, itemsPerSection, maxPagesPerSection);
    }

    public SummaryOptions withCoverageWeeks(int weeks) {
        return new SummaryOptions(dueSoonDays, weeks, itemsPerSection, maxPagesPerSection);
    }

    public SummaryOptions withItemsPerSection(int items) {
        return new SummaryOptions(dueSoonDays, coverageWeeks, items, maxPagesPerSection);
    }

    public SummaryOptions withMaxPagesPerSection(int pages) {
        return new SummaryOptions(dueSoonDays, coverageWeeks, itemsPerSection, pages);
    }
}
