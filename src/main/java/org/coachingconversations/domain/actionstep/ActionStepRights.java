package org.coachingconversations.domain.actionstep;

import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.access.PagePermissions;

/**
 * Who may change action steps: a step changes for whoever may edit its page and for the step's owner; a step is added
 * only by whoever may edit the page. Nobody anonymous changes anything, and a permission check that fails counts as
 * "no".
 */
public final class ActionStepRights {

    private final PagePermissions pages;

    public ActionStepRights(PagePermissions pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    public boolean mayChange(Optional<String> userKey, ActionStep step) {
        if (userKey.isEmpty()) {
            return false;
        }
        return step.ownerKey().equals(userKey) || mayEdit(userKey, step.pageId());
    }

    public boolean mayAddTo(Optional<String> userKey, long pageId) {
        return userKey.isPresent() && mayEdit(userKey, pageId);
    }

    private boolean mayEdit(Optional<String> userKey, long pageId) {
        try {
            return pages.canEdit(userKey, pageId);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
