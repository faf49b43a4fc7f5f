package org.coachingconversations.benchmark;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import org.coachingconversations.persistence.actionstep.ActionStepTables;
import org.coachingconversations.persistence.job.FollowUpJobTables;
import org.coachingconversations.persistence.conversation.ConversationTables;
import org.coachingconversations.persistence.dashboard.DashboardTables;
import org.coachingconversations.persistence.settings.SpaceSettingsEntity;
import org.coachingconversations.testing.ao.CoachingTableNameConverter;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.ao.PluginTablePrefix;

/**
 * One database under measurement: an Active Objects {@link EntityManager} with the names Confluence gives this app,
 * the host facade over it, and a separate plain JDBC connection for seeding and the hand-written queries.
 *
 * <p>In Confluence, AO borrows connections from the host's pool. The test harness has no pool and opens a JDBC
 * connection per operation, which on PostgreSQL costs more than the queries measured here, so AO gets one open
 * connection that it keeps reusing: a pool of one, enough for this single-threaded benchmark.
 */
final class BenchmarkDatabase implements AutoCloseable {

    private final String label;
    private final boolean h2;
    private final Connection aoConnection;
    private final Connection jdbc;
    private final EntityManager entityManager;
    private final ActiveObjects activeObjects;

    private BenchmarkDatabase(String label, String url, String user, String password) throws SQLException {
        this.label = label;
        this.h2 = url.startsWith("jdbc:h2:");
        this.aoConnection = DriverManager.getConnection(url, user, password);
        Properties seeding = new Properties();
        seeding.setProperty("user", user);
        seeding.setProperty("password", password);
        if (!h2) {
            // One multi-row INSERT per batch instead of one statement per row.
            seeding.setProperty("reWriteBatchedInserts", "true");
        }
        this.jdbc = DriverManager.getConnection(url, seeding);
        DisposableDataSource dataSource = DelegatingDisposableDataSourceHandler.newInstance(
                reusing(aoConnection), () -> { });
        DatabaseProvider provider = h2 ? new H2DatabaseProvider(dataSource, "PUBLIC")
                : new PostgreSQLDatabaseProvider(dataSource);
        this.entityManager = new EntityManager(provider, confluenceNames());
        this.activeObjects = new EntityManagerActiveObjects(entityManager);
    }

    static BenchmarkDatabase h2(java.nio.file.Path file) throws SQLException {
        // A 128 MB page cache, as PostgreSQL's default shared_buffers; H2's own default of 16 MB makes the load
        // rewrite the same index pages over and over.
        return new BenchmarkDatabase("H2", "jdbc:h2:file:" + file.toAbsolutePath() + ";CACHE_SIZE=131072", "sa", "");
    }

    static BenchmarkDatabase postgres(BenchmarkOptions.ServerDatabase server) throws SQLException {
        return new BenchmarkDatabase("PostgreSQL", server.url(), server.user(), server.password());
    }

    String label() {
        return label;
    }

    boolean isH2() {
        return h2;
    }

    ActiveObjects activeObjects() {
        return activeObjects;
    }

    /** A connection of its own, for seeding and the hand-written queries; auto-commit unless a caller changes it. */
    Connection jdbc() {
        return jdbc;
    }

    String product() throws SQLException {
        var meta = jdbc.getMetaData();
        return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    }

    /** Table names as Confluence makes them, e.g. {@code AO_16E8C7_ACTION_STEP}, quoted for SQL. */
    static String table(String entityTable) {
        return "\"" + PluginTablePrefix.COACHING.prepend(entityTable) + "\"";
    }

    /** Drops this app's tables (nothing else) and creates them again from the entities, indexes included. */
    void recreateSchema() throws Exception {
        List<String> ours = new ArrayList<>();
        String prefix = PluginTablePrefix.COACHING.value() + "_";
        try (ResultSet tables = jdbc.getMetaData().getTables(null, h2 ? "PUBLIC" : null, prefix + "%",
                new String[] {"TABLE"})) {
            while (tables.next()) {
                ours.add(tables.getString("TABLE_NAME"));
            }
        }
        try (Statement statement = jdbc.createStatement()) {
            for (String table : ours) {
                statement.execute("DROP TABLE \"" + table + "\"" + (h2 ? "" : " CASCADE"));
            }
        }
        migrate();
    }

    /** Creates what is missing (AO's migrate never drops); the test harness's table sets, so indexes are the app's. */
    @SuppressWarnings("unchecked")
    void migrate() throws Exception {
        new ActionStepTables().update(entityManager);
        new ConversationTables().update(entityManager);
        entityManager.migrate(SpaceSettingsEntity.class);
        new FollowUpJobTables().update(entityManager);
        new DashboardTables().update(entityManager);
    }

    @Override
    public void close() throws SQLException {
        try {
            jdbc.close();
        } finally {
            aoConnection.close();
        }
    }

    private static EntityManagerConfiguration confluenceNames() {
        NameConverters names = new SimpleNameConverters(new CoachingTableNameConverter(),
                new AtlassianFieldNameConverter(), new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(), new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
        return new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return new DefaultSchemaConfiguration();
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return new CachingEntityInfoResolverFactory();
            }
        };
    }

    /**
     * A data source that always hands out the same connection. Its {@code close()} keeps it open and, as a pool does
     * when a connection comes back, ends a transaction left open and restores auto-commit and the isolation level:
     * AO's transactions switch both and leave the reset to the pool.
     */
    private static DataSource reusing(Connection connection) throws SQLException {
        int isolation = connection.getTransactionIsolation();
        InvocationHandler keepOpen = (proxy, method, arguments) -> switch (method.getName()) {
            case "close" -> {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
                if (connection.getTransactionIsolation() != isolation) {
                    connection.setTransactionIsolation(isolation);
                }
                yield null;
            }
            case "isClosed" -> false;
            default -> invoke(connection, method, arguments);
        };
        Connection shared = (Connection) Proxy.newProxyInstance(BenchmarkDatabase.class.getClassLoader(),
                new Class<?>[] {Connection.class}, keepOpen);
        InvocationHandler dataSource = (proxy, method, arguments) -> switch (method.getName()) {
            case "getConnection" -> shared;
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == arguments[0];
            case "toString" -> "one reused connection";
            case "getLoginTimeout" -> 0;
            default -> throw new UnsupportedOperationException("DataSource." + method.getName());
        };
        return (DataSource) Proxy.newProxyInstance(BenchmarkDatabase.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, dataSource);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments)
            throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
