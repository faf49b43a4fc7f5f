package org.coachingconversations.testing.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The host's {@link ActiveObjects} facade over a real {@link EntityManager}, for tests and the sandbox.
 * Like the AO plugin, it turns {@link SQLException} into an unchecked {@link ActiveObjectsException}, and a
 * transaction joins the one already open on this thread (the host's transaction template propagates the same way).
 */
public final class EntityManagerActiveObjects implements ActiveObjects {

    private final EntityManager entityManager;

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    @SuppressWarnings({"unchecked", "varargs"})
    @Override
    public void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> { entityManager.migrate(entities); return null; });
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        sql(() -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> { entityManager.delete(entities); return null; });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return sql(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        sql(() -> { entityManager.stream(type, query, streamCallback); return null; });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return sql(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.count(type, criteria, parameters));
    }

    /** Commits when the callback returns, rolls back (and rethrows) when it throws. */
    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (sql(this::transactionOpenOnThisThread)) {
            return callback.doInTransaction();
        }
        return sql(() -> new Transaction<T>(entityManager) {
            @Override
            protected T run() {
                return callback.doInTransaction();
            }
        }.execute());
    }

    /** AO hands out the thread's transaction connection while one is open; any other connection auto-commits. */
    private boolean transactionOpenOnThisThread() throws SQLException {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            return !connection.getAutoCommit();
        }
    }

    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }
}
