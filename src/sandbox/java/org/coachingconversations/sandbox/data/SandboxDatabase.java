package org.coachingconversations.sandbox.data;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import org.coachingconversations.testing.ao.PluginTablePrefix;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The sandbox's embedded H2 file database in {@code <data dir>/db}: the plugin's Active Objects tables (with the names
 * Confluence would give them) and the sandbox's own {@code SANDBOX_*} tables live side by side, as the plugin's tables
 * live in Confluence's database.
 */
public final class SandboxDatabase implements AutoCloseable {

    private static final String USER = "sa";
    private static final String PASSWORD = "";
    /** H2 2.x keeps its default schema in upper case; AO must be told its name. */
    private static final String SCHEMA = "PUBLIC";

    private final String url;
    private final JdbcDataSource dataSource;

    private SandboxDatabase(String url) {
        this.url = url;
        this.dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
    }

    /**
     * Opens (creating if needed) the database under {@code dataDirectory}. It stays open until {@link #close()}, so
     * that Active Objects, which opens a connection per operation, does not reopen the file each time.
     *
     * @throws IllegalStateException when another process (another sandbox) has the database open
     */
    public static SandboxDatabase open(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().resolve("db");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database directory " + directory, e);
        }
        SandboxDatabase database = new SandboxDatabase("jdbc:h2:file:" + directory.resolve("sandbox")
                + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
        try (Connection ignored = database.dataSource.getConnection()) {
            return database;
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new IllegalStateException("The data directory " + dataDirectory
                        + " is in use by another sandbox; stop it or choose another directory with --data", e);
            }
            throw new IllegalStateException("Cannot open the sandbox database in " + directory + ": " + e.getMessage(), e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A real AO EntityManager with the table, column, sequence, trigger, index and unique names of Confluence's AO plugin. */
    public EntityManager entityManager(PluginTablePrefix tablePrefix) {
        return EntityManagerBuilder.url(url).username(USER).password(PASSWORD).schema(SCHEMA).none()
                .tableNameConverter(new AtlassianTableNameConverter(tablePrefix))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }

    /** Writes everything to disk and closes the file. */
    @Override
    public void close() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot shut the sandbox database down cleanly: " + e.getMessage(), e);
        }
    }
}
