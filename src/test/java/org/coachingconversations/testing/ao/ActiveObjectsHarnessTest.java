package org.coachingconversations.testing.ao;

import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * Proves the AO test harness on whichever database {@link JdbcConfiguration} selects: real SQL through
 * {@link EntityManagerActiveObjects}, the physical names Confluence would create, and real commits and rollbacks.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ActiveObjectsHarnessTest.HarnessTables.class)
public class ActiveObjectsHarnessTest {

    private static final String EXPECTED_TABLE = "AO_16E8C7_HARNESS_NOTE";

    private EntityManager entityManager;

    private EntityManagerActiveObjects target;

    @Before
    public void setUp() {
        target = new EntityManagerActiveObjects(entityManager);
    }

    @Test
    public void migrate_shouldCreateThePluginPrefixedTableWithUpperCaseColumns() throws SQLException {
        // When (the runner migrated HarnessNote)
        List<String> tables = physicalTables(PluginTablePrefix.COACHING.value() + "_");

        // Then
        assertEquals(List.of(EXPECTED_TABLE), tables);
        assertEquals(List.of("BODY", "ID", "TOPIC", "WRITTEN_AT"), physicalColumns(EXPECTED_TABLE));
    }

    @Test
    public void database_shouldBeTheOneTheSettingsSelect() throws SQLException {
        // When
        String product;
        String url;
        try (Connection connection = entityManager.getProvider().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            product = metaData.getDatabaseProductName();
            url = metaData.getURL();
            System.out.printf("AO harness database: %s %s (%s)%n", product, metaData.getDatabaseProductVersion(), url);
        }

        // Then
        String expectedProduct = expectedProductFor(JdbcConfiguration.isConfigured()
                ? new JdbcConfiguration().getUrl() : JdbcConfiguration.EMBEDDED_URL);
        assertEquals(expectedProduct, product);
    }

    @Test
    public void find_shouldReturnTheMatchingNote_whenQueriedByIndexedColumn() {
        // Given
        HarnessNote wanted = aNote().topic("Wait time").createIn(target);
        aNote().topic("Cold calling").createIn(target);

        // When
        HarnessNote[] found = target.find(HarnessNote.class,
                Query.select().where(HarnessNote.COLUMN_TOPIC + " = ?", "Wait time"));

        // Then
        assertEquals(1, found.length);
        assertEquals(wanted.getID(), found[0].getID());
        assertEquals(1, target.count(HarnessNote.class, HarnessNote.COLUMN_TOPIC + " = ?", "Wait time"));
    }

    @Test
    public void get_shouldReturnEveryValueAsWritten_whenBodyIsLongerThanAVarchar() {
        // Given
        String longBody = "Students explained their reasoning. ".repeat(200);
        Instant writtenAt = Instant.parse("2026-03-02T09:15:30.123Z");
        int id = aNote().topic("Think-pair-share").body(longBody).writtenAt(writtenAt).createIn(target).getID();

        // When
        HarnessNote loaded = target.get(HarnessNote.class, id);

        // Then
        assertEquals("Think-pair-share", loaded.getTopic());
        assertEquals(longBody, loaded.getBody());
        assertEquals(writtenAt, loaded.getWrittenAt().toInstant());
    }

    @Test
    public void save_shouldStoreTheChangedValues() {
        // Given
        HarnessNote note = aNote().topic("Exit tickets").createIn(target);

        // When
        note.setTopic("Exit tickets, revised");
        note.setBody(null);
        note.save();

        // Then
        HarnessNote reloaded = target.get(HarnessNote.class, note.getID());
        assertEquals("Exit tickets, revised", reloaded.getTopic());
        assertNull(reloaded.getBody());
        assertEquals(0, target.count(HarnessNote.class, Query.select().where(HarnessNote.COLUMN_TOPIC + " = ?", "Exit tickets")));
        assertEquals(1, target.count(HarnessNote.class, Query.select().where(HarnessNote.COLUMN_TOPIC + " = ?", "Exit tickets, revised")));
    }

    @Test
    public void delete_shouldRemoveOnlyTheGivenNote() {
        // Given
        HarnessNote doomed = aNote().topic("Seating plan").createIn(target);
        HarnessNote kept = aNote().topic("Questioning").createIn(target);

        // When
        target.delete(doomed);

        // Then
        HarnessNote[] remaining = target.find(HarnessNote.class);
        assertEquals(1, remaining.length);
        assertEquals(kept.getID(), remaining[0].getID());
    }

    @Test
    @NonTransactional
    public void executeInTransaction_shouldCommit_whenCallbackReturns() {
        // When
        HarnessNote created = target.executeInTransaction(() -> aNote().topic("Committed").createIn(target));

        // Then
        assertEquals(1, countOnAnotherConnection());
        assertEquals("Committed", target.get(HarnessNote.class, created.getID()).getTopic());
    }

    @Test
    @NonTransactional
    public void executeInTransaction_shouldRollBackAndRethrow_whenCallbackThrows() {
        // Given
        IllegalStateException failure = new IllegalStateException("validation failed after the insert");

        // When
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                target.executeInTransaction(() -> {
                    aNote().topic("Rolled back").createIn(target);
                    throw failure;
                }));

        // Then
        assertSame(failure, thrown);
        assertEquals(0, countOnAnotherConnection());
    }

    @Test
    @NonTransactional
    public void executeInTransaction_shouldJoinTheOpenTransaction_whenNested() {
        // When
        assertThrows(IllegalStateException.class, () ->
                target.executeInTransaction(() -> {
                    target.executeInTransaction(() -> aNote().topic("Inner").createIn(target));
                    throw new IllegalStateException("outer fails after the inner call returned");
                }));

        // Then
        assertEquals(0, countOnAnotherConnection());
    }

    @Test
    public void find_shouldAcceptRawCriteriaWithColumnConstants() {
        // Given
        aNote().topic("Wait time").writtenAt(Instant.parse("2026-01-10T08:00:00Z")).createIn(target);
        aNote().topic("Wait time").writtenAt(Instant.parse("2026-02-10T08:00:00Z")).createIn(target);

        // When
        HarnessNote[] later = target.find(HarnessNote.class, HarnessNote.COLUMN_WRITTEN_AT + " > ?",
                Date.from(Instant.parse("2026-02-01T00:00:00Z")));

        // Then
        assertEquals(List.of(Instant.parse("2026-02-10T08:00:00Z")),
                Arrays.stream(later).map(note -> note.getWrittenAt().toInstant()).toList());
    }

    /** Reads through a connection outside any transaction, so only committed rows count. */
    private int countOnAnotherConnection() {
        return target.count(HarnessNote.class);
    }

    private List<String> physicalTables(String prefix) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = entityManager.getProvider().getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                if (name.startsWith(prefix)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private List<String> physicalColumns(String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = entityManager.getProvider().getConnection();
             ResultSet columns = connection.getMetaData().getColumns(null, null, table, "%")) {
            while (columns.next()) {
                names.add(columns.getString("COLUMN_NAME"));
            }
        }
        names.sort(null);
        return names;
    }

    private static String expectedProductFor(String url) {
        String subprotocol = url.toLowerCase(Locale.ROOT).split(":")[1];
        switch (subprotocol) {
            case "postgresql":
                return "PostgreSQL";
            case "hsqldb":
                return "HSQL Database Engine";
            case "h2":
                return "H2";
            default:
                throw new IllegalStateException("No expected product name for " + url);
        }
    }

    private static NoteBuilder aNote() {
        return new NoteBuilder();
    }

    private static final class NoteBuilder {
        private String topic = "Wait time";
        private String body = "Pause three seconds after a question.";
        private Instant writtenAt = Instant.parse("2026-03-02T09:00:00Z");

        NoteBuilder topic(String value) {
            topic = value;
            return this;
        }

        NoteBuilder body(String value) {
            body = value;
            return this;
        }

        NoteBuilder writtenAt(Instant value) {
            writtenAt = value;
            return this;
        }

        HarnessNote createIn(EntityManagerActiveObjects activeObjects) {
            return activeObjects.create(HarnessNote.class,
                    new DBParam(HarnessNote.COLUMN_TOPIC, topic),
                    new DBParam(HarnessNote.COLUMN_BODY, body),
                    new DBParam(HarnessNote.COLUMN_WRITTEN_AT, Date.from(writtenAt)));
        }
    }

    public static final class HarnessTables implements DatabaseUpdater {
        @SuppressWarnings("unchecked")
        @Override
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(HarnessNote.class);
        }
    }
}
