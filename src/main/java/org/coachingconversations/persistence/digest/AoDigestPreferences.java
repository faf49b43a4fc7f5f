package org.coachingconversations.persistence.digest;

import static org.coachingconversations.persistence.digest.DigestOptOutEntity.COLUMN_CHOSEN_AT;
import static org.coachingconversations.persistence.digest.DigestOptOutEntity.COLUMN_USER_KEY;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.coachingconversations.domain.digest.DigestPreferences;
import org.springframework.stereotype.Component;

/** Who switched overdue digests off, in {@link DigestOptOutEntity}. */
@Component
public final class AoDigestPreferences implements DigestPreferences {

    private static final int MAX_KEYS_PER_QUERY = 1000;

    private final ActiveObjects activeObjects;
    private final Clock clock = Clock.systemUTC();

    public AoDigestPreferences(ActiveObjects activeObjects) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
    }

    @Override
    public Set<String> optedOutAmong(Collection<String> userKeys) {
        List<String> keys = userKeys.stream().filter(Objects::nonNull).distinct().sorted().toList();
        Set<String> optedOut = new HashSet<>();
        for (int from = 0; from < keys.size(); from += MAX_KEYS_PER_QUERY) {
            List<String> chunk = keys.subList(from, Math.min(from + MAX_KEYS_PER_QUERY, keys.size()));
            for (DigestOptOutEntity row : activeObjects.find(DigestOptOutEntity.class, Query.select().where(
                    COLUMN_USER_KEY + " IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    chunk.toArray()))) {
                optedOut.add(row.getUserKey());
            }
        }
        return optedOut;
    }

    @Override
    public void setReceivesDigests(String userKey, boolean receives) {
        if (userKey == null || userKey.isBlank()) {
            throw new IllegalArgumentException("Digest subscription: the user key is required.");
        }
        activeObjects.executeInTransaction(() -> {
            DigestOptOutEntity[] rows = activeObjects.find(DigestOptOutEntity.class,
                    Query.select().where(COLUMN_USER_KEY + " = ?", userKey));
            if (receives && rows.length > 0) {
                activeObjects.delete(rows);
            } else if (!receives && rows.length == 0) {
                activeObjects.create(DigestOptOutEntity.class, new DBParam(COLUMN_USER_KEY, userKey),
                        new DBParam(COLUMN_CHOSEN_AT, Date.from(clock.instant())));
            }
            return null;
        });
    }
}
