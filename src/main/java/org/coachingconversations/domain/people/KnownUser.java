package org.coachingconversations.domain.people;

import java.util.Objects;

/**
 * A person the host knows: the stable user key (what a page mentions and what data is stored by) and the name
 * people see.
 */
public record KnownUser(String userKey, String displayName) {

    public KnownUser {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(displayName, "displayName");
        if (userKey.isBlank()) {
            throw new IllegalArgumentException("A known user needs a user key");
        }
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("A known user needs a display name");
        }
    }
}
