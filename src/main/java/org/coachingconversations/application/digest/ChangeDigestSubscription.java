package org.coachingconversations.application.digest;

import java.util.Objects;
import org.coachingconversations.domain.digest.DigestPreferences;
import org.springframework.stereotype.Component;

/** A signed-in person reads or changes their own choice to receive overdue digests; nobody else's. */
@Component
public final class ChangeDigestSubscription {

    private final DigestPreferences preferences;

    public ChangeDigestSubscription(DigestPreferences preferences) {
        this.preferences = Objects.requireNonNull(preferences, "preferences");
    }

    public boolean receivesDigests(String userKey) {
        return preferences.receivesDigests(requireUser(userKey));
    }

    /** Switches the caller's digests on or off; the choice as stored now. */
    public boolean change(String userKey, boolean receives) {
        preferences.setReceivesDigests(requireUser(userKey), receives);
        return preferences.receivesDigests(userKey);
    }

    private static String requireUser(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            throw new IllegalArgumentException("Digest subscription: only a signed-in person has one.");
        }
        return userKey;
    }
}
