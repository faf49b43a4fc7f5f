package com.atlassian.sal.api.transaction;

/**
 * Compile-only stand-in. {@code doInTransaction()} checked against
 * https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionCallback.html
 * (that old page predates generics); the type parameter is the one the AO plugin uses in
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/internal/TransactionManager.html
 */
public interface TransactionCallback<T> {

    T doInTransaction();
}
