package org.coachingconversations.domain.access;

import java.util.Optional;

/** Whether a person may view or edit a page now (a page the host does not know, a trashed page, an unknown user: no). */
public interface PagePermissions {

    boolean canView(Optional<String> userKey, long pageId);

    boolean canEdit(Optional<String> userKey, long pageId);
}
