package org.coachingconversations.domain.access;

import java.util.List;
import java.util.Optional;

/**
 * The host's controls over one page that has just been saved: who may view and edit it, a notice at its top, the
 * trash. Each call either does what it says or throws.
 */
public interface CreatedPageControls {

    long pageId();

    String spaceKey();

    /** Whether the host knows a user under this key. */
    boolean isKnownUser(String userKey);

    /**
     * Only these users and the group may view the page; only these users may edit it.
     *
     * @param userKeys known users, at least one (an empty list would lift the restriction)
     */
    void restrictTo(List<String> userKeys, Optional<String> viewingGroup);

    /** Whether the host names the user who created the page. */
    boolean hasCreator();

    /** Only the page's creator may view and edit it. */
    void restrictToCreator();

    /** Puts a notice at the top of the page that only its creator can see it, without notifying anyone. */
    void warnOnlyCreatorCanSee();

    /** Moves the page to the trash. */
    void trash();
}
