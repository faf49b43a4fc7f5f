package org.coachingconversations.domain.access;

import java.util.Optional;

/**
 * Whether one person administers one space now, as the host decides (Confluence's "Admin" space permission). A space
 * that does not exist and a user key that names nobody answer false. A failing check throws; callers treat that as
 * "no", so a failure never opens anything.
 */
public interface SpaceAdministration {

    /** @param userKey empty for an anonymous visitor */
    boolean mayAdminister(Optional<String> userKey, String spaceKey);
}
