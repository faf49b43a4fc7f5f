package com.atlassian.sal.api.transaction;

/**
 * Compile-only stand-in. Checked against
 * https://docs.atlassian.com/sal-api/4.0.0/sal-api/apidocs/com/atlassian/sal/api/transaction/TransactionCallback.html
 */
public interface TransactionCallback<T> {

    T doInTransaction();
}
