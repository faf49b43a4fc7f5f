package org.coachingconversations.domain.access;

import java.util.Optional;

/**
 * Whether a person may view or edit one Confluence page now. A page the host does not know, a trashed page and an
 * unknown user all answer false.
 */
public interface PagePermissions {

    boolean canView(Optional<String> userKey, long pageId);

    boolean canEdit(Optional<String> userKey, long pageId);
}
