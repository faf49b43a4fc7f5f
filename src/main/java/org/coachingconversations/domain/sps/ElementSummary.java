package org.coachingconversations.domain.sps;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One element (e.g. Student Learning) over its reported all-students items.
 *
 * <p>{@code percentFavorable} is weighted by each item's responses: it is the share of favorable
 * answers among all the element's answers, so an item answered by few students counts less. The
 * school and district figures are plain means of the item averages (the export does not give their
 * response counts); {@code itemMeanPercentFavorable}, the plain mean of the teacher's items, is the
 * figure to set beside them.
 *
 * @param reportedItems   items with enough responses
 * @param suppressedItems items left out because they had too few responses
 * @param responses       total responses over the reported items
 */
public record ElementSummary(String element, int reportedItems, int suppressedItems, long responses,
                             Optional<BigDecimal> percentFavorable, Optional<BigDecimal> itemMeanPercentFavorable,
                             Optional<BigDecimal> schoolAverage, Optional<BigDecimal> districtAverage) {
}
