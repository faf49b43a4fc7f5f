package org.coachingconversations.domain.sps;

import java.util.List;

/**
 * The items where one response option (the top or the bottom of the scale) was chosen most often,
 * measured as a share of the item's answers so that items answered by fewer students compare fairly.
 * Every item sharing the highest share is listed. Empty when nobody chose the option for any item.
 */
public record OptionLeaders(String option, List<OptionShare> items) {

    public OptionLeaders {
        items = List.copyOf(items);
    }
}
