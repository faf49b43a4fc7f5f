package org.coachingconversations.domain.sps;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class CsvTokenizerTest {

    @Test
    public void readAll_shouldPlaceEachValueOnTheLineWhereItStarts_whenAQuotedValueSpansLines() {
        // Given
        CsvTokenizer target = new CsvTokenizer("a,\"first\nsecond\nthird\",c\nd,e,f", ',');

        // When
        List<CsvTokenizer.Row> rows = target.readAll();

        // Then
        assertEquals(List.of("a", "first\nsecond\nthird", "c"), texts(rows.get(0)));
        assertEquals(List.of(1, 1, 3), rows.get(0).values().stream().map(CsvTokenizer.Value::line).toList());
        assertEquals(4, rows.get(1).line());
    }

    @Test
    public void readAll_shouldReadAQuotedValueAfterBlanks_whenTheExportPutsASpaceAfterEachSeparator() {
        // Given
        CsvTokenizer target = new CsvTokenizer("Item A, \"Student Learning, part 1\", 80", ',');

        // When
        List<CsvTokenizer.Row> rows = target.readAll();

        // Then
        assertEquals(List.of("Item A", "Student Learning, part 1", " 80"), texts(rows.get(0)));
        assertEquals(List.of(), target.errors());
    }

    @Test
    public void readAll_shouldKeepAnEmptyLastValue_whenARowEndsWithASeparator() {
        // Given
        CsvTokenizer target = new CsvTokenizer("a;b;\r\n\"\";c", ';');

        // When
        List<CsvTokenizer.Row> rows = target.readAll();

        // Then
        assertEquals(List.of("a", "b", ""), texts(rows.get(0)));
        assertEquals(List.of("", "c"), texts(rows.get(1)));
    }

    private static List<String> texts(CsvTokenizer.Row row) {
        return row.values().stream().map(CsvTokenizer.Value::text).toList();
    }
}
