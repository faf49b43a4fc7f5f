package org.coachingconversations.domain.dashboard;

import java.util.Optional;

/** Whether a person may view a space now, as the host decides. A space the host does not know answers false. */
public interface SpaceVisibility {

    /** @param viewerKey empty for an anonymous visitor */
    boolean canView(Optional<String> viewerKey, String spaceKey);
}
