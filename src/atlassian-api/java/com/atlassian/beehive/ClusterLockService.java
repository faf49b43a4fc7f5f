package com.atlassian.beehive;

/**
 * Compile-only stand-in: {@code @PublicApi public interface ClusterLockService} with {@code ClusterLock
 * getLockForName(String lockName)}, "the cluster-wide lock for the given name"; a lock held by a node that stops is
 * released for the others; locks are not re-entrant; names up to 255 simple ASCII characters. Checked against
 * https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html and Confluence's
 * implementation {@code BeehiveClusterLockService}.
 */
public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
