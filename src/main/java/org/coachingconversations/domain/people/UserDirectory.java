package org.coachingconversations.domain.people;

import java.util.Optional;

/** Port: the host's users, found by the name a wizard or REST call gave. */
public interface UserDirectory {

    /** The user with that user name, or empty when there is none. */
    Optional<KnownUser> find(UserReference reference);
}
