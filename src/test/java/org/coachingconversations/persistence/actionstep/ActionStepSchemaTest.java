package org.coachingconversations.persistence.actionstep;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

/** The tables Confluence would create: their names, the columns the queries name, and an index on every lookup. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ActionStepTables.class)
public class ActionStepSchemaTest {

    private static final String STEP_TABLE = "AO_16E8C7_ACTION_STEP";
    private static final String FLAG_TABLE = "AO_16E8C7_OVERDUE_FLAG";

    private EntityManager entityManager;

    @Test
    public void migrate_shouldCreateTheStepTableWithEveryColumnTheQueriesName() throws SQLException {
        // When
        Set<String> columns = columnsOf(STEP_TABLE);

        // Then
        assertEquals(Set.of(ActionStepEntity.COLUMN_ID, ActionStepEntity.COLUMN_PAGE_ID,
                ActionStepEntity.COLUMN_SPACE_KEY, ActionStepEntity.COLUMN_OWNER_KEY,
                ActionStepEntity.COLUMN_OWNER_ROLE, ActionStepEntity.COLUMN_DESCRIPTION,
                ActionStepEntity.COLUMN_DUE_DATE, ActionStepEntity.COLUMN_STATUS,
                ActionStepEntity.COLUMN_COMPLETED_DATE, ActionStepEntity.COLUMN_VERSION,
                ActionStepEntity.COLUMN_TRASHED, ActionStepEntity.COLUMN_NOTICE_PENDING,
                ActionStepEntity.COLUMN_LAST_CHANGED_BY, ActionStepEntity.COLUMN_LAST_CHANGED_AT,
                ActionStepEntity.COLUMN_LAST_CHANGE), columns);
        assertEquals(Set.of(OverdueFlagEntity.COLUMN_STEP_ID, OverdueFlagEntity.COLUMN_DUE_DATE,
                OverdueFlagEntity.COLUMN_OWNER_KEY, OverdueFlagEntity.COLUMN_FLAGGED_AT, "ID"), columnsOf(FLAG_TABLE));
    }

    @Test
    public void migrate_shouldIndexEveryColumnTheQueriesLookUp() throws SQLException {
        // When
        Set<String> stepIndexes = indexedColumnsOf(STEP_TABLE);
        Set<String> flagIndexes = indexedColumnsOf(FLAG_TABLE);

        // Then
        assertTrue(stepIndexes.toString(), stepIndexes.containsAll(Set.of(ActionStepEntity.COLUMN_PAGE_ID,
                ActionStepEntity.COLUMN_SPACE_KEY, ActionStepEntity.COLUMN_OWNER_KEY, ActionStepEntity.COLUMN_STATUS,
                ActionStepEntity.COLUMN_DUE_DATE)));
        assertTrue(flagIndexes.toString(), flagIndexes.contains(OverdueFlagEntity.COLUMN_STEP_ID));
    }

    @Test
    public void migrate_shouldIndexSpaceStatusAndDueDateTogether_forTheDashboardsRangeQueries() throws SQLException {
        // When
        List<String> columns = columnsOfIndexStartingWith(STEP_TABLE, ActionStepEntity.COLUMN_SPACE_KEY, 3);

        // Then
        assertEquals(List.of(ActionStepEntity.COLUMN_SPACE_KEY, ActionStepEntity.COLUMN_STATUS,
                ActionStepEntity.COLUMN_DUE_DATE), columns);
    }

    @Test
    public void migrate_shouldIndexNoticePendingAndDueDateTogether_forTheOverdueScan() throws SQLException {
        // When
        List<String> columns = columnsOfIndexStartingWith(STEP_TABLE, ActionStepEntity.COLUMN_NOTICE_PENDING, 2);

        // Then
        assertEquals(List.of(ActionStepEntity.COLUMN_NOTICE_PENDING, ActionStepEntity.COLUMN_DUE_DATE), columns);
    }

    /** The columns, in order, of the first index on the table with that many columns and that first column. */
    private List<String> columnsOfIndexStartingWith(String table, String firstColumn, int size) throws SQLException {
        Map<String, Map<Integer, String>> indexes = new TreeMap<>();
        try (Connection connection = entityManager.getProvider().getConnection();
             ResultSet rows = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
            while (rows.next()) {
                String column = rows.getString("COLUMN_NAME");
                if (column != null) {
                    indexes.computeIfAbsent(rows.getString("INDEX_NAME"), name -> new TreeMap<>())
                            .put((int) rows.getShort("ORDINAL_POSITION"), column.replace("\"", ""));
                }
            }
        }
        return indexes.values().stream()
                .map(byPosition -> List.copyOf(byPosition.values()))
                .filter(columns -> columns.size() == size && columns.get(0).equals(firstColumn))
                .findFirst()
                .orElse(List.of());
    }

    private Set<String> columnsOf(String table) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection connection = entityManager.getProvider().getConnection();
             ResultSet columns = connection.getMetaData().getColumns(null, null, table, "%")) {
            while (columns.next()) {
                names.add(columns.getString("COLUMN_NAME"));
            }
        }
        return names;
    }

    private Set<String> indexedColumnsOf(String table) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection connection = entityManager.getProvider().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet indexes = metaData.getIndexInfo(null, null, table, false, false)) {
                while (indexes.next()) {
                    String column = indexes.getString("COLUMN_NAME");
                    if (column != null) {
                        names.add(column.replace("\"", ""));
                    }
                }
            }
        }
        return names;
    }
}
