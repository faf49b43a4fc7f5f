package org.coachingconversations.platform;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.coachingconversations.domain.job.ExclusiveRun;
import org.springframework.stereotype.Component;

/**
 * The daily job's cluster-wide lock, from the host's {@link ClusterLockService}. The scheduler already runs a
 * {@code perClusterJob} on one node at a time; the lock also keeps an administrator's "Run now" (on any node) from
 * overlapping a scheduled run. A node that stops while holding it releases it for the others (beehive's rule).
 */
@Component
public final class ClusterLockedRun implements ExclusiveRun {

    static final String LOCK_NAME = "org.coachingconversations.coaching-conversations.daily-follow-up";

    private final ClusterLockService clusterLockService;

    public ClusterLockedRun(ClusterLockService clusterLockService) {
        this.clusterLockService = Objects.requireNonNull(clusterLockService, "clusterLockService");
    }

    @Override
    public <T> Optional<T> ifFree(Supplier<T> work) {
        ClusterLock lock = clusterLockService.getLockForName(LOCK_NAME);
        if (!lock.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            lock.unlock();
        }
    }
}
