package org.coachingconversations.domain.access;

import java.util.Optional;

/**
 * Whether one person may view or edit one Confluence page now, as the host decides (space permissions, page
 * restrictions). A page the host does not know, a page in the trash and a user key that names nobody all answer
 * false. A failing check throws; callers treat that as "no", so a failure never opens anything.
 */
public interface PagePermissions {

    /** @param userKey empty for an anonymous visitor */
    boolean canView(Optional<String> userKey, long pageId);

    /** @param userKey empty for an anonymous visitor */
    boolean canEdit(Optional<String> userKey, long pageId);
}
