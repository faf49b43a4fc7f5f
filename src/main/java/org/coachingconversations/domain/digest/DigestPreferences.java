package org.coachingconversations.domain.digest;

import java.util.Collection;
import java.util.Set;

/** Each person's own choice to receive overdue digests or not; everyone receives them until they switch them off. */
public interface DigestPreferences {

    /** Those among {@code userKeys} who switched digests off; one query per call. */
    Set<String> optedOutAmong(Collection<String> userKeys);

    default boolean receivesDigests(String userKey) {
        return optedOutAmong(Set.of(userKey)).isEmpty();
    }

    /** Switches this person's digests on or off; switching to the current choice changes nothing. */
    void setReceivesDigests(String userKey, boolean receives);
}
