package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.List;
import java.util.Map;

/**
 * Compile-only stand-in with the members the plugin calls. Checked against
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html
 * and the method list of its implementation
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/internal/EntityManagedActiveObjects.html
 * (AO plugin 2.0.1, the newest published javadoc; Confluence 10.2 bundles a later AO plugin). The bulk
 * {@code <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows)} (many rows in one
 * insert, nothing returned) is not on that 2.0.1 page; it was checked against later AO plugin sources
 * ({@code EntityManagedActiveObjects} and the transactional wrapper delegate it to AO's
 * {@code EntityManager.create(Class, List)}, which {@code net.java.dev.activeobjects:activeobjects} 3.2.11 has).
 */
public interface ActiveObjects {

    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T[] find(Class<T> type);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <K> int count(Class<? extends RawEntity<K>> type);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
