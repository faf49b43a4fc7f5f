package org.coachingconversations.testing.host;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The host's cluster locks for one JVM (a one-node cluster), for tests and the sandbox: one lock per name, held by a
 * thread. Unlike beehive's, these locks are re-entrant; callers must not rely on either.
 */
public final class InMemoryClusterLocks implements ClusterLockService {

    private final Map<String, Named> locks = new ConcurrentHashMap<>();

    @Override
    public ClusterLock getLockForName(String lockName) {
        return locks.computeIfAbsent(lockName, name -> new Named());
    }

    /** Whether some thread holds the lock now. */
    public boolean isLocked(String lockName) {
        Named lock = locks.get(lockName);
        return lock != null && lock.lock.isLocked();
    }

    private static final class Named implements ClusterLock {
        private final ReentrantLock lock = new ReentrantLock();

        @Override
        public void lock() {
            lock.lock();
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            lock.lockInterruptibly();
        }

        @Override
        public boolean tryLock() {
            return lock.tryLock();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return lock.tryLock(time, unit);
        }

        @Override
        public void unlock() {
            lock.unlock();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("A cluster lock has no conditions.");
        }
    }
}
