package com.atlassian.beehive;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * Compile-only stand-in: {@code public interface ClusterLock extends java.util.concurrent.locks.Lock}, whose
 * {@code newCondition()} is not supported. The plugin calls {@code tryLock()} and {@code unlock()}, inherited from
 * {@link Lock}. Checked against https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html
 */
public interface ClusterLock extends Lock {

    @Override
    Condition newCondition();
}
