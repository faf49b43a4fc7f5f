package org.coachingconversations.domain.sps;

import java.math.BigDecimal;

/**
 * How often one response option was chosen for an item.
 *
 * @param count    responses with this option
 * @param answered responses with any option (the sum of the item's option counts)
 * @param percent  {@code count / answered} in percent, one decimal
 */
public record OptionShare(String item, String element, int count, int answered, BigDecimal percent) {
}
