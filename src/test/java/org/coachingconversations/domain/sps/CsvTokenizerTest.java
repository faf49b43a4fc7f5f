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

    @Test
    public void next_shouldKeepABoundedPartOfARow_whenAStrayQuoteMakesTheRestOfTheFileOneValue() {
        // Given
        String rest = "x".repeat(3 * CsvTokenizer.MAX_ROW_CHARS);
        CsvTokenizer target = new CsvTokenizer("a,\"" + rest, ',');

        // When
        CsvTokenizer.Row row = target.next();

        // Then
        assertEquals(CsvTokenizer.MAX_ROW_CHARS - 1, row.text(1).length());
        assertEquals(List.of(SpsProblem.UNTERMINATED_QUOTE), target.errors().stream().map(SpsError::problem).toList());
        assertEquals(null, target.next());
    }

    @Test
    public void next_shouldCountButNotKeepValuesPastTheLimit_andRememberTheFirstNonBlankOne() {
        // Given
        String row = ",".repeat(CsvTokenizer.MAX_KEPT_VALUES + 9) + "late" + ",".repeat(10) + "\nnext";
        CsvTokenizer target = new CsvTokenizer(row, ',');

        // When
        CsvTokenizer.Row first = target.next();

        // Then
        assertEquals(CsvTokenizer.MAX_KEPT_VALUES, first.values().size());
        assertEquals(CsvTokenizer.MAX_KEPT_VALUES + 20, first.width());
        CsvTokenizer.Value late = first.firstNonBlankFrom(6);
        assertEquals(CsvTokenizer.MAX_KEPT_VALUES + 10, late.column());
        assertEquals(1, late.line());
        assertEquals(false, first.isBlank());
        assertEquals(2, target.next().line());
    }

    private static List<String> texts(CsvTokenizer.Row row) {
        return row.values().stream().map(CsvTokenizer.Value::text).toList();
    }
}
