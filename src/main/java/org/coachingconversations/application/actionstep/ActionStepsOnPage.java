package org.coachingconversations.application.actionstep;

import java.util.List;

/**
 * The steps of one page for one caller who may view it.
 *
 * @param canAdd whether the caller may add steps here: they may edit the page and the page is one this app registered
 */
public record ActionStepsOnPage(long pageId, boolean canAdd, List<EditableActionStep> steps) {

    public ActionStepsOnPage {
        steps = List.copyOf(steps);
    }
}
