package org.coachingconversations.domain.access;

import java.util.Optional;

/** Whether a person may view or edit a Confluence page. Unknown page, trashed page, unknown user: false. */
public interface PagePermissions {

    boolean canView(Optional<String> userKey, long pageId);

    boolean canEdit(Optional<String> userKey, long pageId);
}
